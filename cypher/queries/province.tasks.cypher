// Loader provinceTasks: one page of the tasks of each province's documents, in document reading order;
// keyset-paged on (document key, offset, task key).
// The relations $prefetch names (what the operation selects on the tasks) are read with each page (_tasks.related).
UNWIND $keys AS k
MATCH (p:Province {key: k.id})
CALL (p, k) {
  MATCH (p)<-[:IN_PROVINCE]-(d:Document)-[:HAS_TASK]->(t:Task)
  WITH k, t, [d.id, coalesce(t.startOffset, 2147483647), t.id] AS key ORDER BY key
  WITH k, collect({x: t, key: key}) AS rows
  {{_page.loader}}
  WITH total, offset, page, keys, null AS src
  {{_tasks.related}}
  RETURN total, offset, [t IN page | {{_task:t}}] AS items, keys, related
}
RETURN k.key AS key, {total: total, offset: offset, items: items, keys: keys, related: related} AS value
