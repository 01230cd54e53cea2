// Query documents: filtered, ordered page of documents with the total. $implementsId is the resolved graph key;
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
  AND ($stub IS NULL OR coalesce(d.stub, false) = $stub)
  AND ($issuedFrom IS NULL OR d.issuedOn >= date($issuedFrom))
  AND ($issuedTo IS NULL OR d.issuedOn <= date($issuedTo))
  AND ($implementsId IS NULL OR EXISTS { (d)-[:IMPLEMENTS]->{1,10}(:Document {id: $implementsId}) })
WITH d
ORDER BY
  CASE WHEN $order = 'ISSUED_ON_DESC' THEN coalesce(d.issuedOn, date('0001-01-01')) END DESC,
  CASE WHEN $order = 'ISSUED_ON_ASC' THEN d.issuedOn END ASC,
  coalesce(d.symbol, '~' + coalesce(d.title, '')), d.id
WITH collect(d) AS ds
RETURN size(ds) AS total, [d IN ds[$skip..($skip + $limit)] | {{_document:d}}] AS items
