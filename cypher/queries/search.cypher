// Query search: ranked full-text hits across documents, tasks, agencies and indicators ($text is an escaped
// Lucene query; the index folds diacritics), each with the node's own fields, so a hit list is one round trip.
// A hit carries the properties its type's selection reads ($prefetch.taskFields, documentFields, agencyFields,
// indicatorFields: value lists in that order), or all of them (a map) where a list is null. One row: the
// hits as [score, kind, key, value] lists, best first (one Bolt record, not one per hit).
CALL db.index.fulltext.queryNodes('search_text', $text, {limit: $limit}) YIELD node, score
WITH node, score,
     CASE WHEN node:Document THEN 'Document' WHEN node:Task THEN 'Task' WHEN node:Agency THEN 'Agency' ELSE 'Indicator' END AS kind
ORDER BY score DESC
RETURN collect([score, kind, CASE WHEN kind = 'Agency' THEN node.key ELSE node.id END,
       CASE kind
         WHEN 'Document' THEN {{_document.values:node}}
         WHEN 'Task' THEN {{_task.values:node}}
         WHEN 'Agency' THEN {{_agency.values:node}}
         ELSE {{_indicator.values:node}}
       END]) AS hits
