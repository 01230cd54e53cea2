// Outgoing document edges; a cited document the graph does not hold yet becomes a stub (stub: true),
// which a later ingest of that document fills in.
MATCH (d:Document {id: $id})
UNWIND $edges AS e
MERGE (t:Document {id: e.target.id})
ON CREATE SET t += e.target.props,
    t.issuedOn = CASE WHEN e.target.issuedOn IS NULL THEN null ELSE date(e.target.issuedOn) END,
    t.stub = true
WITH d, t, e
// What a stub says of itself is what its citations say, whatever order they arrive in: a date it lacked (so years
// can tell documents apart) or an earlier one, and of two kinds or issuers the fuller name (the longer; of equal
// length the first in order). Each is a max over all citations, so no ingest order changes it.
// Written only when it changes: a SET takes the node's write lock until commit, and every plan cites the same few
// resolutions, so an unconditional one queued (and deadlocked) the documents written side by side.
CALL (t, e) {
  WITH t, e,
       e.target.issuedOn IS NOT NULL AND (t.issuedOn IS NULL OR date(e.target.issuedOn) < t.issuedOn) AS earlier,
       e.target.props.kind IS NOT NULL AND (t.kind IS NULL OR size(e.target.props.kind) > size(t.kind) OR (size(e.target.props.kind) = size(t.kind) AND e.target.props.kind < t.kind)) AS kindFuller,
       e.target.props.issuer IS NOT NULL AND (t.issuer IS NULL OR size(e.target.props.issuer) > size(t.issuer) OR (size(e.target.props.issuer) = size(t.issuer) AND e.target.props.issuer < t.issuer)) AS issuerFuller,
       // A law cited by name (named-references.ts) is titled by its fullest spelling, whichever plan came first.
       e.target.props.title IS NOT NULL AND (t.title IS NULL OR size(e.target.props.title) > size(t.title) OR (size(e.target.props.title) = size(t.title) AND e.target.props.title < t.title)) AS titleFuller
  WHERE t.stub AND (earlier OR kindFuller OR issuerFuller OR titleFuller)
  SET t.issuedOn = CASE WHEN earlier THEN date(e.target.issuedOn) ELSE t.issuedOn END,
      t.kind = CASE WHEN kindFuller THEN e.target.props.kind ELSE t.kind END,
      t.issuer = CASE WHEN issuerFuller THEN e.target.props.issuer ELSE t.issuer END,
      t.title = CASE WHEN titleFuller THEN e.target.props.title ELSE t.title END,
      t.searchText = CASE WHEN titleFuller THEN e.target.props.title ELSE t.searchText END
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
