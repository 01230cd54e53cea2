// A document's sections and tasks, in one statement. Each task reaches its section, its agencies, the documents
// it cites and the row it restates by position in lists built once per document (write.ts sends the positions;
// JavaScript numbers arrive as floats, hence toInteger),
// not by an index lookup per task and relationship.
MATCH (d:Document {id: $id})
CALL (d) {
  UNWIND $sections AS s
  CREATE (d)-[:HAS_SECTION]->(sec:Section)
  SET sec = s
  RETURN collect(sec) AS sections
}
// upsert-agencies, earlier in the transaction, merged every agency of $agencyKeys: one lookup each, in that order.
CALL () {
  UNWIND range(0, size($agencyKeys) - 1) AS i
  MATCH (a:Agency {key: $agencyKeys[i]})
  WITH i, a ORDER BY i
  RETURN collect(a) AS agencies
}
// The documents the tasks cite, each merged once (a stub when the graph does not hold it yet).
CALL () {
  UNWIND range(0, size($cited) - 1) AS i
  MERGE (c:Document {id: $cited[i].id})
  ON CREATE SET c += $cited[i].props, c.stub = true
  WITH i, c ORDER BY i
  RETURN collect(c) AS cited
}
UNWIND $tasks AS t
CREATE (task:Task)
SET task = t.props,
    // What search_text reads: text and output, the empty ones left out (built here, so the text is sent once).
    task.searchText = reduce(s = '', x IN [t.props.text, t.props.output] | CASE WHEN x IS NULL OR x = '' THEN s WHEN s = '' THEN x ELSE s + ' ' + x END),
    task.deadlineStart = CASE WHEN t.deadlineStart IS NULL THEN null ELSE date(t.deadlineStart) END,
    task.deadlineEnd = CASE WHEN t.deadlineEnd IS NULL THEN null ELSE date(t.deadlineEnd) END
// A body bullet restating an appendix row hangs off the document by HAS_RESTATEMENT, so everything that
// walks HAS_TASK (lists, counts, derivation) sees each task once; SAME_AS still reaches it.
FOREACH (_ IN CASE WHEN t.props.duplicateOf IS NULL THEN [1] ELSE [] END | CREATE (d)-[:HAS_TASK]->(task))
FOREACH (_ IN CASE WHEN t.props.duplicateOf IS NULL THEN [] ELSE [1] END | CREATE (d)-[:HAS_RESTATEMENT]->(task))
// The nearest section the tree holds (write.ts resolves "PL2.III" to "PL2").
FOREACH (sec IN CASE WHEN t.section IS NULL THEN [] ELSE [sections[toInteger(t.section)]] END | CREATE (task)-[:IN_SECTION]->(sec))
// Lead and coordinators: agency positions, in the order the task names them (null: a name no agency holds).
FOREACH (i IN range(0, size(t.lead) - 1) |
  FOREACH (a IN CASE WHEN t.lead[i] IS NULL THEN [] ELSE [agencies[toInteger(t.lead[i])]] END | CREATE (task)-[:LED_BY {order: i}]->(a)))
FOREACH (i IN range(0, size(t.coordinators) - 1) |
  FOREACH (a IN CASE WHEN t.coordinators[i] IS NULL THEN [] ELSE [agencies[toInteger(t.coordinators[i])]] END | CREATE (task)-[:COORDINATED_BY {order: i}]->(a)))
FOREACH (i IN range(0, size(t.cites) - 1) | FOREACH (c IN [cited[toInteger(t.cites[i])]] | CREATE (task)-[:CITES {dated: t.citesDated[i]}]->(c)))
WITH collect(task) AS tasks
// A body bullet and the appendix row it restates, both ways: [from, to] positions in $tasks.
FOREACH (p IN $sameAs | FOREACH (a IN [tasks[toInteger(p[0])]] | FOREACH (b IN [tasks[toInteger(p[1])]] | CREATE (a)-[:SAME_AS]->(b))))
RETURN size(tasks) AS tasks
