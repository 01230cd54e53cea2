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
// $tasks holds one list per property (write.ts TASK_COLUMNS): task i is position i of each.
UNWIND range(0, $tasks.count - 1) AS i
WITH d, sections, agencies, cited, i, $tasks AS t
CREATE (task:Task)
SET task = {
      id: t.id[i], localId: t.localId[i], documentId: $id, ordinal: t.ordinal[i], text: t.text[i], output: t.output[i],
      section: t.section[i], source: t.source[i], duplicateOf: t.duplicateOf[i], leadNames: t.leadNames[i],
      coordinatorNames: t.coordinatorNames[i], deadlineRaw: t.deadlineRaw[i], deadlineKind: t.deadlineKind[i],
      deadlineRecurrence: t.deadlineRecurrence[i], deadlineCondition: t.deadlineCondition[i],
      startLine: t.startLine[i], endLine: t.endLine[i], startOffset: t.startOffset[i], endOffset: t.endOffset[i],
      page: t.page[i], box: t.box[i], leadFromHow: t.leadFromHow[i], leadFromText: t.leadFromText[i],
      leadFromSpan: t.leadFromSpan[i], leadFromPage: t.leadFromPage[i]
    },
    // What search_text reads: text and output, the empty ones left out (built here, so the text is sent once).
    task.searchText = reduce(s = '', x IN [t.text[i], t.output[i]] | CASE WHEN x IS NULL OR x = '' THEN s WHEN s = '' THEN x ELSE s + ' ' + x END),
    task.deadlineStart = CASE WHEN t.deadlineStart[i] IS NULL THEN null ELSE date(t.deadlineStart[i]) END,
    task.deadlineEnd = CASE WHEN t.deadlineEnd[i] IS NULL THEN null ELSE date(t.deadlineEnd[i]) END
// A body bullet restating an appendix row hangs off the document by HAS_RESTATEMENT, so everything that
// walks HAS_TASK (lists, counts, derivation) sees each task once; SAME_AS still reaches it.
FOREACH (_ IN CASE WHEN t.duplicateOf[i] IS NULL THEN [1] ELSE [] END | CREATE (d)-[:HAS_TASK]->(task))
FOREACH (_ IN CASE WHEN t.duplicateOf[i] IS NULL THEN [] ELSE [1] END | CREATE (d)-[:HAS_RESTATEMENT]->(task))
// The nearest section the tree holds (write.ts resolves "PL2.III" to "PL2").
FOREACH (sec IN CASE WHEN t.sectionAt[i] IS NULL THEN [] ELSE [sections[toInteger(t.sectionAt[i])]] END | CREATE (task)-[:IN_SECTION]->(sec))
// Lead and coordinators: agency positions, in the order the task names them (null: a name no agency holds).
FOREACH (j IN range(0, size(t.lead[i]) - 1) |
  FOREACH (a IN CASE WHEN t.lead[i][j] IS NULL THEN [] ELSE [agencies[toInteger(t.lead[i][j])]] END | CREATE (task)-[:LED_BY {order: j}]->(a)))
FOREACH (j IN range(0, size(t.coordinators[i]) - 1) |
  FOREACH (a IN CASE WHEN t.coordinators[i][j] IS NULL THEN [] ELSE [agencies[toInteger(t.coordinators[i][j])]] END | CREATE (task)-[:COORDINATED_BY {order: j}]->(a)))
FOREACH (j IN range(0, size(t.cites[i]) - 1) | FOREACH (c IN [cited[toInteger(t.cites[i][j])]] | CREATE (task)-[:CITES {dated: t.citesDated[i][j]}]->(c)))
WITH collect(task) AS tasks
// A body bullet and the appendix row it restates, both ways: [from, to] positions in $tasks.
FOREACH (p IN $sameAs | FOREACH (a IN [tasks[toInteger(p[0])]] | FOREACH (b IN [tasks[toInteger(p[1])]] | CREATE (a)-[:SAME_AS]->(b))))
RETURN size(tasks) AS tasks
