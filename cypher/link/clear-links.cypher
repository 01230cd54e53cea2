// A document's tasks are re-linked from scratch: drop their links of the given types first.
UNWIND $ids AS docId
MATCH (:Document {id: docId})-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (t)-[r:COUNTERPART_OF|LOCALISES]-()
WITH r WHERE type(r) IN $types
DELETE r
