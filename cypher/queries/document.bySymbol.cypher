// Loader documentBySymbol: tolerant symbol lookup (_document.lookup), one row per query found.
UNWIND $queries AS q
{{_document.lookup:q}}
RETURN q.text AS key, {{_document:found}} AS value
