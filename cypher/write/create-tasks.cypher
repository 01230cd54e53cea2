MATCH (d:Document {id: $id})
UNWIND $tasks AS t
CREATE (task:Task)
SET task = t.props,
    // What search_text reads: text and output, the empty ones left out (built here, so the text is sent once).
    task.searchText = reduce(s = '', x IN [t.props.text, t.props.output] | CASE WHEN x IS NULL OR x = '' THEN s WHEN s = '' THEN x ELSE s + ' ' + x END),
    task.deadlineStart = CASE WHEN t.deadlineStart IS NULL THEN null ELSE date(t.deadlineStart) END,
    task.deadlineEnd = CASE WHEN t.deadlineEnd IS NULL THEN null ELSE date(t.deadlineEnd) END
WITH d, task, t
// A body bullet restating an appendix row hangs off the document by HAS_RESTATEMENT, so everything that
// walks HAS_TASK (lists, counts, derivation) sees each task once; SAME_AS still reaches it.
CALL (d, task, t) {
  WITH d, task, t WHERE t.props.duplicateOf IS NULL
  CREATE (d)-[:HAS_TASK]->(task)
}
CALL (d, task, t) {
  WITH d, task, t WHERE t.props.duplicateOf IS NOT NULL
  CREATE (d)-[:HAS_RESTATEMENT]->(task)
}
// The nearest section the tree holds (write.ts resolves "PL2.III" to "PL2"), found by its unique id.
CALL (task, t) {
  MATCH (sec:Section {id: t.sectionId})
  CREATE (task)-[:IN_SECTION]->(sec)
}
CALL (task, t) {
  UNWIND range(0, size(t.lead) - 1) AS i
  MATCH (a:Agency {key: t.lead[i]})
  CREATE (task)-[:LED_BY {order: i}]->(a)
}
CALL (task, t) {
  UNWIND range(0, size(t.coordinators) - 1) AS i
  MATCH (a:Agency {key: t.coordinators[i]})
  CREATE (task)-[:COORDINATED_BY {order: i}]->(a)
}
CALL (task, t) {
  UNWIND t.cites AS c
  MERGE (cited:Document {id: c.id})
  ON CREATE SET cited += c.props, cited.stub = true
  CREATE (task)-[:CITES {dated: c.dated}]->(cited)
}
RETURN count(task) AS tasks
