// The documents a TaskFilter names, looked up in the same query (no round trip before it): $from
// (derivesFrom) and $document (documentSymbol), each a symbol lookup map (_document.lookup) or null. Yields
// `src` (the derivesFrom document), `named` (the documentSymbol one), and their keys `fromId` and `documentId`
// (null when not asked). A name that matches no document leaves no row, so the answer is empty.
{{#from}}OPTIONAL CALL () { WITH $from AS q {{_document.lookup:q}} RETURN found AS src }{{/from}}
{{#document}}OPTIONAL CALL () { WITH $document AS q {{_document.lookup:q}} RETURN found AS named }{{/document}}
WITH {{#from}}src{{/from}}{{^from}}null AS src{{/from}}, {{#document}}named{{/document}}{{^document}}null AS named{{/document}}
WHERE ($from IS NULL OR src IS NOT NULL) AND ($document IS NULL OR named IS NOT NULL)
WITH src, named, src.id AS fromId, named.id AS documentId
