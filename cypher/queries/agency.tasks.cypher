// Loader agencyTasks: one page of the tasks each agency leads ($role LEAD), coordinates (COORDINATOR) or either.
UNWIND $keys AS k
MATCH (a:Agency {key: k.id})
CALL (a, k) {
  OPTIONAL MATCH (a)<-[r:LED_BY|COORDINATED_BY]-(t:Task)
  WHERE t.duplicateOf IS NULL
    AND (k.role = 'ANY' OR (k.role = 'LEAD' AND type(r) = 'LED_BY') OR (k.role = 'COORDINATOR' AND type(r) = 'COORDINATED_BY'))
  WITH DISTINCT t ORDER BY t.id
  WITH collect(t) AS ts
  RETURN size(ts) AS total, [t IN ts[k.skip..(k.skip + k.limit)] | {{_task:t}}] AS items
}
RETURN k.key AS key, {total: total, items: items} AS value
