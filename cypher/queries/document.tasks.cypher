// Loader documentTasks: one page of each document's tasks in reading order, with the total; keyset-paged
// on (offset, task key).
UNWIND $keys AS k
MATCH (d:Document {id: k.id})
CALL (d, k) {
  MATCH (d)-[:HAS_TASK]->(t:Task)
  WITH k, t, [coalesce(t.startOffset, 2147483647), t.id] AS key ORDER BY key
  WITH k, collect({x: t, key: key}) AS rows
  {{_page.loader}}
  RETURN total, offset, [t IN page | {{_task:t}}] AS items, keys
}
RETURN k.key AS key, {total: total, offset: offset, items: items, keys: keys} AS value
