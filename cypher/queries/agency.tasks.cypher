// Loader agencyTasks: one page of the tasks each agency leads (role LEAD), coordinates (COORDINATOR) or
// either, by task key; keyset-paged on the task key.
// The relations $prefetch names (what the operation selects on the tasks) are read with each page (_tasks.related).
UNWIND $keys AS k
MATCH (a:Agency {key: k.id})
CALL (a, k) {
  MATCH (a)<-[r:LED_BY|COORDINATED_BY]-(t:Task)
  WHERE t.duplicateOf IS NULL
    AND (k.role = 'ANY' OR (k.role = 'LEAD' AND type(r) = 'LED_BY') OR (k.role = 'COORDINATOR' AND type(r) = 'COORDINATED_BY'))
  WITH DISTINCT k, t
  WITH k, t, [t.id] AS key ORDER BY key
  WITH k, collect({x: t, key: key}) AS rows
  {{_page.loader}}
  WITH total, offset, page, keys, null AS src
  {{_tasks.related}}
  RETURN total, offset, [t IN page | {{_task:t}}] AS items, keys, related
}
RETURN k.key AS key, {total: total, offset: offset, items: items, keys: keys, related: related} AS value
