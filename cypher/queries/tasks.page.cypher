// Query tasks: one ordered page of the tasks matching a TaskFilter, with the total.
{{_tasks.filter}}
WITH t, d, coalesce(t.deadlineEnd, t.deadlineStart) AS due
ORDER BY
  CASE WHEN $order = 'DEADLINE_ASC' THEN due END ASC,
  CASE WHEN $order = 'DEADLINE_DESC' THEN coalesce(due, date('0001-01-01')) END DESC,
  d.id, t.startOffset, t.id
WITH collect(t) AS ts
RETURN size(ts) AS total, [t IN ts[$skip..($skip + $limit)] | {{_task:t}}] AS items
