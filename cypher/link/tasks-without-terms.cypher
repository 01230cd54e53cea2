// Tasks of the given documents written before linking existed (no linkTerms yet), so they can be indexed.
UNWIND $ids AS docId
MATCH (:Document {id: docId})-[:HAS_TASK]->(t:Task)
WHERE t.linkTerms IS NULL
RETURN t.id AS id, t.text AS text
