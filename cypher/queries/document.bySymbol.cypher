// Loader documentBySymbol: tolerant symbol lookup. Each query q carries the exact graph key as typed, the
// symbolKey of the text, a symbolKey prefix ("57NQ" for "nghị quyết 57") and number + kind. Exact matches win;
// among looser matches the most referenced document wins (the famous "Nghị quyết 57" is 57-NQ/TW). q.year, when
// given, keeps only the documents issued that year (one symbol, two documents: 18-NQ/TW of 2017 and of 2022).
UNWIND $queries AS q
CALL (q) {
  MATCH (d:Document)
  WHERE (q.year IS NULL OR d.issuedOn.year = q.year) AND (d.id = q.raw
     OR (q.symbolKey IS NOT NULL AND d.symbolKey = q.symbolKey)
     OR (q.prefix IS NOT NULL AND d.symbolKey STARTS WITH q.prefix)
     OR (q.number IS NOT NULL AND q.kind IS NOT NULL AND d.number = q.number AND d.kind = q.kind))
  WITH d, CASE WHEN d.id = q.raw OR d.symbolKey = q.symbolKey THEN 0 ELSE 1 END AS exactness
  ORDER BY exactness, COUNT { (d)<-[:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]-() } DESC, coalesce(d.stub, false), d.id
  LIMIT 1
  RETURN d
}
RETURN q.text AS key, {{_document:d}} AS value
