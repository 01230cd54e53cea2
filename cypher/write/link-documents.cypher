// Outgoing document edges; a cited document the graph does not hold yet becomes a stub (stub: true),
// which a later ingest of that document fills in.
MATCH (d:Document {id: $id})
UNWIND $edges AS e
MERGE (t:Document {id: e.target.id})
ON CREATE SET t += e.target.props,
    t.issuedOn = CASE WHEN e.target.issuedOn IS NULL THEN null ELSE date(e.target.issuedOn) END,
    t.stub = true
WITH d, t, e
// A stub first cited without a date takes the date a later citation gives it (so years can tell documents apart).
// Written only then: a SET takes the node's write lock until commit, and every plan cites the same few
// resolutions, so an unconditional one queued (and deadlocked) the documents written side by side.
CALL (t, e) {
  WITH t, e WHERE t.stub AND t.issuedOn IS NULL AND e.target.issuedOn IS NOT NULL
  SET t.issuedOn = date(e.target.issuedOn)
}
CALL (d, t, e) {
  WITH d, t, e WHERE e.relation = 'IMPLEMENTS'
  CREATE (d)-[r:IMPLEMENTS]->(t) SET r = e.props
}
CALL (d, t, e) {
  WITH d, t, e WHERE e.relation = 'BASED_ON'
  CREATE (d)-[r:BASED_ON]->(t) SET r = e.props
}
CALL (d, t, e) {
  WITH d, t, e WHERE e.relation = 'CITES'
  CREATE (d)-[r:CITES]->(t) SET r = e.props
}
CALL (d, t, e) {
  WITH d, t, e WHERE e.relation = 'REPLACES'
  CREATE (d)-[r:REPLACES]->(t) SET r = e.props
}
CALL (d, t, e) {
  WITH d, t, e WHERE e.relation = 'AMENDS'
  CREATE (d)-[r:AMENDS]->(t) SET r = e.props
}
RETURN count(*) AS edges
