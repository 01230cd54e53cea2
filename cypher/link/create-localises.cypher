UNWIND $links AS l
MATCH (a:Task {id: l.from}), (b:Task {id: l.to})
MERGE (a)-[r:LOCALISES]->(b)
SET r.score = l.score, r.basis = l.basis
RETURN count(r) AS links
