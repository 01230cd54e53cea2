// Query tasks, when the filter has document-level conditions only and the order is DOCUMENT_ORDER (d.id,
// t.startOffset, t.id): counts tasks per document from degrees, finds the documents the page window
// [$skip, $skip + $limit) falls in, and reads only their tasks. Same answer as tasks.page, without
// expanding and sorting every matching task (39,000 for 59-NQ/TW at 100× scale).
{{_tasks.documents}}
WITH d, whole, cited, n ORDER BY d.id
WITH collect({d: d, whole: whole, cited: cited, n: n}) AS entries
// starts[i] is the offset of document i's first task; the last element is the total.
WITH entries, reduce(acc = [0], e IN entries | acc + (last(acc) + e.n)) AS starts
CALL (entries, starts) {
  UNWIND range(0, size(entries) - 1) AS i
  WITH entries[i] AS e, starts[i] AS start
  WHERE start < $skip + $limit AND start + e.n > $skip
  CALL (e) {
    WITH e.d AS d, e.whole AS whole, e.cited AS cited
    MATCH (d)-[:HAS_TASK]->(t:Task)
    WHERE whole OR t IN cited
    WITH t ORDER BY t.startOffset, t.id
    RETURN collect(t) AS ts
  }
  WITH start, ts[CASE WHEN $skip > start THEN $skip - start ELSE 0 END..($skip + $limit - start)] AS part
  ORDER BY start
  RETURN reduce(acc = [], p IN collect(part) | acc + p) AS ts
}
RETURN last(starts) AS total, [t IN ts | {{_task:t}}] AS items
