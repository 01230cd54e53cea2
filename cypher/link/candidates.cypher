// Candidate retrieval: for each task, the sibling tasks whose wording shares its most distinctive bigrams,
// ranked by Lucene; restatements (duplicateOf) and the document's own tasks never come back.
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('task_link_terms', q.query, {limit: $limit}) YIELD node, score
WITH q, node
WHERE node.documentId IN $siblings AND node.duplicateOf IS NULL
WITH DISTINCT node AS t
RETURN {{_task-input:t}} AS task
