// The linked tasks' LOCALISES links were cleared first (clear-links): CREATE cannot duplicate one.
UNWIND $links AS l
MATCH (a:Task {id: l.from}), (b:Task {id: l.to})
CREATE (a)-[r:LOCALISES {score: l.score, basis: l.basis}]->(b)
RETURN count(r) AS links
