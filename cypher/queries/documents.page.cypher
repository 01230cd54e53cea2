// Query documents: filtered, ordered page of documents with the total, keyset-paged (_page). $implementsId is the resolved graph key;
// $symbolKey keeps every document of one symbol (18-NQ/TW of 2017 and of 2022);
// $text is an escaped Lucene query for the full-text index.
CALL () {
  WITH $text AS q WITH q WHERE q IS NULL
  MATCH (d:Document) RETURN d
  UNION
  WITH $text AS q WITH q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_text', q, {limit: 100000}) YIELD node
  WITH node WHERE node:Document
  RETURN node AS d
}
WITH d
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($level IS NULL OR d.level = $level)
  AND ($provinceKey IS NULL OR EXISTS { (d)-[:IN_PROVINCE]->(:Province {key: $provinceKey}) })
  AND ($symbolKey IS NULL OR d.symbolKey = $symbolKey)
  AND ($stub IS NULL OR coalesce(d.stub, false) = $stub)
  AND ($issuedFrom IS NULL OR d.issuedOn >= date($issuedFrom))
  AND ($issuedTo IS NULL OR d.issuedOn <= date($issuedTo))
  AND ($implementsId IS NULL OR EXISTS { (d)-[:IMPLEMENTS]->{1,10}(:Document {id: $implementsId}) })
// The sort key: the issue date as a number (negated for newest first; undated last either way), then the
// symbol (untitled documents after symbols), then the graph key.
WITH d, CASE $order
    WHEN 'ISSUED_ON_DESC' THEN -coalesce(d.issuedOn.year * 10000 + d.issuedOn.month * 100 + d.issuedOn.day, 0)
    WHEN 'ISSUED_ON_ASC' THEN coalesce(d.issuedOn.year * 10000 + d.issuedOn.month * 100 + d.issuedOn.day, 99999999)
    ELSE 0 END AS issued
WITH d, [issued, coalesce(d.symbol, '~' + coalesce(d.title, '')), d.id] AS key ORDER BY key
WITH collect({x: d, key: key}) AS rows
{{_page}}
RETURN total, offset, [d IN page | {{_document:d}}] AS items, keys
