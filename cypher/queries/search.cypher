// Query search: ranked full-text hits across documents, tasks, agencies and indicators ($text is an escaped
// Lucene query; the index folds diacritics).
CALL db.index.fulltext.queryNodes('search_text', $text, {limit: $limit}) YIELD node, score
RETURN score,
       CASE WHEN node:Document THEN 'Document' WHEN node:Task THEN 'Task' WHEN node:Agency THEN 'Agency' ELSE 'Indicator' END AS kind,
       CASE WHEN node:Agency THEN node.key ELSE node.id END AS key
ORDER BY score DESC
