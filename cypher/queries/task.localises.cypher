// Loader taskLocalises: the central task(s) each task localises (LOCALISES), best first.
UNWIND $ids AS id
MATCH (:Task {id: id})-[r:LOCALISES]->(c:Task)
WITH id, r, c ORDER BY r.score DESC, c.id
RETURN id AS key, collect({id: c.id, score: r.score, basis: r.basis}) AS value
