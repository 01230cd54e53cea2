// Query search: ranked full-text hits across documents, tasks, agencies and indicators ($text is an escaped
// Lucene query; the index folds diacritics), each with the node's own fields, so a hit list is one round trip.
CALL db.index.fulltext.queryNodes('search_text', $text, {limit: $limit}) YIELD node, score
WITH node, score,
     CASE WHEN node:Document THEN 'Document' WHEN node:Task THEN 'Task' WHEN node:Agency THEN 'Agency' ELSE 'Indicator' END AS kind
RETURN score, kind,
       CASE WHEN kind = 'Agency' THEN node.key ELSE node.id END AS key,
       CASE kind
         WHEN 'Document' THEN {{_document:node}}
         WHEN 'Task' THEN {{_task:node}}
         WHEN 'Agency' THEN {{_agency:node}}
         ELSE {{_indicator:node}}
       END AS value
ORDER BY score DESC
