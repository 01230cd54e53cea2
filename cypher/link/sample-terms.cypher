// Term statistics of a family: the tasks of (at most $docs of) the sibling documents, by id so the sample
// is stable. Tasks written before linking existed have no linkTerms yet: their text comes too.
UNWIND $ids AS docId
WITH docId ORDER BY docId LIMIT $docs
MATCH (:Document {id: docId})-[:HAS_TASK]->(t:Task)
RETURN t.id AS id, t.linkTerms AS terms, CASE WHEN t.linkTerms IS NULL THEN t.text END AS text,
       [(t)-[:CITES]->(c:Document) | c.id] AS cites
