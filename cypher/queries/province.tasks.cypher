// Loader provinceTasks: one page of the tasks of each province's documents, in document reading order.
UNWIND $keys AS k
MATCH (p:Province {key: k.id})
CALL (p, k) {
  OPTIONAL MATCH (p)<-[:IN_PROVINCE]-(d:Document)-[:HAS_TASK]->(t:Task)
  WITH t ORDER BY d.id, t.startOffset, t.id
  WITH collect(t) AS ts
  RETURN size(ts) AS total, [t IN ts[k.skip..(k.skip + k.limit)] | {{_task:t}}] AS items
}
RETURN k.key AS key, {total: total, items: items} AS value
