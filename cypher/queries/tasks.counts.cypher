// Query taskCounts: the tasks matching a TaskFilter, counted by $groupBy (a task with two lead agencies
// counts in both groups; `total` counts each task once).
{{_tasks.sources}}
{{_tasks.filter}}
WITH collect({t: t, d: d}) AS rows
WITH rows, size(rows) AS total
UNWIND rows AS row
WITH total, row.t AS t, row.d AS d
CALL (t, d) {
  {{#groupBy=PROVINCE}}
  OPTIONAL MATCH (d)-[:IN_PROVINCE]->(p:Province)
  RETURN p.key AS gkey, p.name AS label
  {{/groupBy}}{{#groupBy=LEAD_AGENCY}}
  OPTIONAL MATCH (t)-[:LED_BY]->(a:Agency)
  RETURN a.key AS gkey, a.name AS label
  {{/groupBy}}{{#groupBy=DEADLINE_YEAR}}
  WITH toString(coalesce(t.deadlineEnd, t.deadlineStart).year) AS y
  RETURN y AS gkey, y AS label
  {{/groupBy}}{{#groupBy=DEADLINE_KIND}}
  RETURN t.deadlineKind AS gkey, t.deadlineKind AS label
  {{/groupBy}}
}
WITH total, gkey, label, count(DISTINCT t) AS n
ORDER BY n DESC, label
RETURN total, collect({key: gkey, label: label, count: n}) AS groups
