// Export tasks (GET /export/tasks.csv|xlsx): every task matching a TaskFilter, in the order of `tasks`, one
// flat row per task. No collect and no page window: the driver streams the records and the HTTP response
// pulls them as fast as the client reads. The sort keys are projected first and the columns after the sort,
// so only (task, document, due) triples are held while sorting.
{{_tasks.sources}}
{{_tasks.filter}}
WITH t, d, coalesce(t.deadlineEnd, t.deadlineStart) AS due
ORDER BY {{#order=DEADLINE_ASC}}due ASC, {{/order}}{{#order=DEADLINE_DESC}}coalesce(due, date('0001-01-01')) DESC, {{/order}}d.id, t.startOffset, t.id
RETURN
  t.id AS key,
  t.text AS text,
  coalesce(d.symbol, d.title, d.id) AS document,
  [(d)-[:IN_PROVINCE]->(p:Province) | p.name][0] AS province,
  t.section AS sectionPath,
  [(t)-[:IN_SECTION]->(s:Section) | s.heading][0] AS sectionHeading,
  COLLECT { MATCH (t)-[r:LED_BY]->(a:Agency) WITH r, a ORDER BY r.order RETURN a.name } AS lead,
  COLLECT { MATCH (t)-[r:COORDINATED_BY]->(a:Agency) WITH r, a ORDER BY r.order RETURN a.name } AS coordinators,
  t.output AS output,
  t.deadlineRaw AS deadlineRaw,
  t.deadlineKind AS deadlineKind,
  toString(t.deadlineStart) AS deadlineStart,
  toString(t.deadlineEnd) AS deadlineEnd,
  d.sourcePath AS sourcePath,
  t.startLine AS startLine,
  t.endLine AS endLine
