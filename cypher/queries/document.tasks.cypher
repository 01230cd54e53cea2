// Loader documentTasks: one page of each document's tasks in reading order, with the total.
UNWIND $keys AS k
MATCH (d:Document {id: k.id})
CALL (d, k) {
  OPTIONAL MATCH (d)-[:HAS_TASK]->(t:Task)
  WITH t ORDER BY t.startOffset, t.id
  WITH collect(t) AS ts
  RETURN size(ts) AS total, [t IN ts[k.skip..(k.skip + k.limit)] | {{_task:t}}] AS items
}
RETURN k.key AS key, {total: total, items: items} AS value
