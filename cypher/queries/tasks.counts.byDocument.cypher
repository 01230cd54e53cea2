// Query taskCounts by PROVINCE, when the filter has document-level conditions only: a task's province is its
// document's, so the counts are sums of per-document task counts (degrees); no task is read.
{{_tasks.sources}}
{{_tasks.documents}}
OPTIONAL MATCH (d)-[:IN_PROVINCE]->(p:Province)
WITH p.key AS gkey, p.name AS label, sum(n) AS n
ORDER BY n DESC, label
WITH collect({key: gkey, label: label, count: n}) AS groups
RETURN reduce(s = 0, g IN groups | s + g.count) AS total, groups
