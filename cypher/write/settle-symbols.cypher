// Identity (src/graph/identity.ts): once a symbol names several documents, every reference to it that gave no
// date is ambiguous, whenever it was written. Undated document edges go to the bare-id document flagged
// `ambiguous` (lineage never walks them); undated task citations and asserted links, which are only drawn when
// the target is certain, are removed. The graph is then the one the other ingest order gives.
UNWIND $symbols AS s
MATCH (d:Document {symbolKey: s.key})
WITH s, collect(d) AS ds
WHERE size(ds) > 1
MATCH (b:Document {id: s.bare})
UNWIND ds AS d
CALL (d, b) {
  MATCH (src:Document)-[r:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]->(d)
  WHERE r.assertedBy IS NULL AND r.dated = false AND d <> b
  CALL (src, r, b) { WITH src, r, b WHERE type(r) = 'IMPLEMENTS' CREATE (src)-[n:IMPLEMENTS]->(b) SET n = properties(r) }
  CALL (src, r, b) { WITH src, r, b WHERE type(r) = 'BASED_ON' CREATE (src)-[n:BASED_ON]->(b) SET n = properties(r) }
  CALL (src, r, b) { WITH src, r, b WHERE type(r) = 'CITES' CREATE (src)-[n:CITES]->(b) SET n = properties(r) }
  CALL (src, r, b) { WITH src, r, b WHERE type(r) = 'REPLACES' CREATE (src)-[n:REPLACES]->(b) SET n = properties(r) }
  CALL (src, r, b) { WITH src, r, b WHERE type(r) = 'AMENDS' CREATE (src)-[n:AMENDS]->(b) SET n = properties(r) }
  DELETE r
}
CALL (b) {
  MATCH (:Document)-[r:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]->(b)
  // Only edges not yet flagged: a SET takes a write lock until commit, even when it changes nothing.
  WHERE r.assertedBy IS NULL AND r.dated = false AND NOT coalesce(r.ambiguous, false)
  SET r.ambiguous = true
}
CALL (d) {
  MATCH (:Task)-[r:CITES]->(d) WHERE r.dated = false
  DELETE r
}
// Asserted links from and to d, each side read from d (one pattern with an OR of both ends scans every document).
CALL (d) {
  MATCH (d)-[r:IMPLEMENTS]->(:Document)
  WHERE r.assertedBy IS NOT NULL AND r.fromDated = false
  DELETE r
}
CALL (d) {
  MATCH (:Document)-[r:IMPLEMENTS]->(d)
  WHERE r.assertedBy IS NOT NULL AND r.toDated = false
  DELETE r
}
RETURN count(*) AS settled
