// Loader taskLocalises: the central task(s) each task localises (LOCALISES), best first.
// A body bullet restating an appendix row (duplicateOf) answers with its row's.
UNWIND $ids AS id
MATCH (asked:Task {id: id})
OPTIONAL MATCH (asked)-[:SAME_AS]->(row:Task {id: asked.duplicateOf})
WITH id, coalesce(row, asked) AS t
MATCH (t)-[r:LOCALISES]->(c:Task)
WITH id, r, c ORDER BY r.score DESC, c.id
RETURN id AS key, collect({id: c.id, score: r.score, basis: r.basis}) AS value
