// Undirected in meaning; stored from the newer document's task to the older one's.
UNWIND $links AS l
MATCH (a:Task {id: l.from}), (b:Task {id: l.to})
MERGE (a)-[r:COUNTERPART_OF]-(b)
SET r.score = l.score, r.basis = l.basis
RETURN count(r) AS links
