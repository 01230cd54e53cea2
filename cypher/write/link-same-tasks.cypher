UNWIND $pairs AS p
MATCH (a:Task {id: p.from}), (b:Task {id: p.to})
CREATE (a)-[:SAME_AS]->(b)
RETURN count(*) AS links
