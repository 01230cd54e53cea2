// Query tasks: one ordered page of the tasks matching a TaskFilter, with the total. The page starts after
// the keyset cursor $after (its sort value s, document key d, offset o and task key t), or at the start:
// a task re-ingested meanwhile keeps its key and place, so paging neither repeats nor skips one.
// s is the order's sort value: the deadline (undated last) or nothing for DOCUMENT_ORDER. The documents the
// filter names are looked up here (_tasks.sources) and returned (`source`, `named`) for the resolvers below.
{{_tasks.sources}}
{{_tasks.filter}}
WITH src, named, fromId, t, d, coalesce(toString(t.deadlineEnd), toString(t.deadlineStart)) AS due, coalesce(t.startOffset, 2147483647) AS off
WITH src, named, fromId, t, d, off, CASE $order WHEN 'DEADLINE_ASC' THEN coalesce(due, '9999-12-31') WHEN 'DEADLINE_DESC' THEN coalesce(due, '0001-01-01') ELSE '' END AS s
ORDER BY {{#order=DEADLINE_ASC}}s ASC, {{/order}}{{#order=DEADLINE_DESC}}s DESC, {{/order}}d.id, off, t.id
{{#after}}
// Rows at or before the cursor lead the ordered list, so their count is where the page starts.
WITH src, named, fromId, collect({t: t, before: {{_tasks.before}}}) AS rows
WITH src, named, fromId, rows, size([r IN rows WHERE r.before]) AS skip
WITH src, named, fromId, size(rows) AS total, skip AS offset, [r IN rows[skip..(skip + $limit)] | r.t] AS page
{{/after}}
{{^after}}
WITH src, named, fromId, collect(t) AS rows
WITH src, named, fromId, size(rows) AS total, 0 AS offset, rows[0..$limit] AS page
{{/after}}
{{_tasks.related}}
// Each task's own fields: all of them, or only the properties $fields lists (the selection's), as a list.
RETURN total, offset, {{_tasks.items}}, related, {{_tasks.named}}
