// Loader documentTasks: one page of each document's tasks in reading order, with the total; keyset-paged
// on (offset, task key).
// The relations $prefetch names (what the operation selects on the tasks) are read with each page (_tasks.related).
UNWIND $keys AS k
MATCH (d:Document {id: k.id})
CALL (d, k) {
  MATCH (d)-[:HAS_TASK]->(t:Task)
  WITH k, t, [coalesce(t.startOffset, 2147483647), t.id] AS key ORDER BY key
  WITH k, collect({x: t, key: key}) AS rows
  {{_page.loader}}
  WITH total, offset, page, keys, null AS src
  {{_tasks.related}}
  RETURN total, offset, [t IN page | {{_task:t}}] AS items, keys, related
}
RETURN k.key AS key, {total: total, offset: offset, items: items, keys: keys, related: related} AS value
