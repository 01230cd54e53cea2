// Candidate retrieval: for each task, the sibling tasks whose wording shares its most distinctive bigrams,
// ranked by Lucene; restatements (duplicateOf) and the document's own tasks never come back.
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('task_link_terms', q.query, {limit: $limit}) YIELD node
WITH q, node
WHERE node.documentId IN $siblings AND node.duplicateOf IS NULL
RETURN q.id AS forTask, collect(node.id) AS candidates
