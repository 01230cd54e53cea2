// Loader taskCounterparts: each task's counterparts in other documents, direct (COUNTERPART_OF, either
// direction) and through a shared central task (both LOCALISES the same row); merged and ordered in TS.
// A body bullet restating an appendix row (duplicateOf) answers with its row's links.
UNWIND $ids AS id
MATCH (asked:Task {id: id})
OPTIONAL MATCH (asked)-[:SAME_AS]->(row:Task {id: asked.duplicateOf})
WITH id, coalesce(row, asked) AS t
CALL (t) {
  MATCH (t)-[r:COUNTERPART_OF]-(o:Task)
  RETURN o.id AS other, r.score AS score, r.basis AS basis
  UNION
  MATCH (t)-[a:LOCALISES]->(c:Task)<-[b:LOCALISES]-(o:Task)
  WHERE o.documentId <> t.documentId
  MATCH (cd:Document {id: c.documentId})
  RETURN o.id AS other, CASE WHEN a.score < b.score THEN a.score ELSE b.score END AS score,
         ['both localise ' + coalesce(cd.symbol, cd.title, cd.id) + ' row ' + coalesce(c.ordinal, c.localId) + ': ' + left(c.text, 80)] AS basis
}
WITH id, collect({id: other, score: score, basis: basis}) AS matches
RETURN id AS key, matches AS value
