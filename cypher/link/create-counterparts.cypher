// Undirected in meaning; stored from the newer document's task to the older one's. The document's own links
// were cleared first (clear-links), so CREATE cannot duplicate one, and skips MERGE's scan of busy nodes.
UNWIND $links AS l
MATCH (a:Task {id: l.from}), (b:Task {id: l.to})
CREATE (a)-[r:COUNTERPART_OF {score: l.score, basis: l.basis}]->(b)
RETURN count(r) AS links
