// Query tasks, when the filter has document-level conditions only and the order is DOCUMENT_ORDER (d.id,
// t.startOffset, t.id): counts tasks per document from degrees, finds where the keyset cursor $after falls
// (the tasks of documents before its document, plus its document's tasks up to it), finds the documents the
// page window [skip, skip + $limit) falls in, and reads only their tasks. Same answer as tasks.page, without
// expanding and sorting every matching task (39,000 for 59-NQ/TW at 100× scale).
{{_tasks.sources}}
{{_tasks.documents}}
WITH src, named, fromId, d, whole, cited, n ORDER BY d.id
WITH src, named, fromId, collect({d: d, whole: whole, cited: cited, n: n}) AS entries
// starts[i] is the offset of document i's first task; the last element is the total.
WITH src, named, fromId, entries, reduce(acc = [0], e IN entries | acc + (last(acc) + e.n)) AS starts
CALL (entries) {
  UNWIND [e IN entries WHERE $after IS NOT NULL AND e.d.id = $after.d] AS e
  WITH e, e.d AS d
  // A document only some of whose tasks match (they cite the source) is read through those tasks alone.
  UNWIND CASE WHEN e.whole THEN COLLECT { MATCH (d)-[:HAS_TASK]->(t:Task) RETURN t } ELSE e.cited END AS t
  WITH t WHERE (coalesce(t.startOffset, 2147483647) < $after.o OR (coalesce(t.startOffset, 2147483647) = $after.o AND t.id <= $after.t))
  RETURN count(t) AS upToCursor
}
WITH src, named, fromId, entries, starts, CASE WHEN $after IS NULL THEN 0 ELSE
  reduce(acc = upToCursor, k IN range(0, size(entries) - 1) | acc + CASE WHEN entries[k].d.id < $after.d THEN entries[k].n ELSE 0 END) END AS skip
CALL (entries, starts, skip) {
  UNWIND range(0, size(entries) - 1) AS i
  WITH entries[i] AS e, starts[i] AS start
  WHERE start < skip + $limit AND start + e.n > skip
  CALL (e) {
    WITH e.d AS d, e.whole AS whole, e.cited AS cited
    UNWIND CASE WHEN whole THEN COLLECT { MATCH (d)-[:HAS_TASK]->(t:Task) RETURN t } ELSE cited END AS t
    WITH t ORDER BY coalesce(t.startOffset, 2147483647), t.id
    RETURN collect(t) AS ts
  }
  WITH start, ts[CASE WHEN skip > start THEN skip - start ELSE 0 END..(skip + $limit - start)] AS part
  ORDER BY start
  RETURN reduce(acc = [], p IN collect(part) | acc + p) AS ts
}
WITH src, named, fromId, last(starts) AS total, skip AS offset, ts AS page
{{_tasks.related}}
// Each task's own fields: all of them, or only the properties $fields lists (the selection's), as a list.
RETURN total, offset, {{_tasks.items}}, related, {{_tasks.named}}
