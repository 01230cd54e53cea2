MATCH (d:Document {id: $id})
UNWIND $sections AS s
CREATE (d)-[:HAS_SECTION]->(sec:Section)
SET sec = s
RETURN count(sec) AS sections
