// Candidate (document, task) rows from the most selective condition given: the tasks deriving from `fromId`
// (owned by a document deriving from it, see _derived.documents, or citing it); else the full-text hits for
// $text; else the tasks of `documentId`; else of $provinceKey; else every task. UNION makes rows distinct, and
// each branch carries the task's document so it is never matched twice. The WHERE below then applies every
// condition given, so the choice of entry point never changes the answer (a row from the province branch is
// known to be in $provinceKey, `inProvince`, so that condition is not tested again on each of its rows).
// Expects `fromId` and `documentId` (_tasks.sources) in scope and keeps them. Only the branch and the
// conditions the filter gives are in the text (sections, src/graph/cypher.ts): a condition not asked costs
// nothing per row, and Neo4j plans each filter's shape for itself.
CALL (fromId, documentId) {
  {{#from}}
  MATCH (source:Document {id: fromId})
  {{_derived.documents:source}}
  MATCH (d)-[:HAS_TASK]->(t:Task) RETURN d, t, false AS inProvince
  UNION
  MATCH (:Document {id: fromId})<-[:CITES]-(t:Task)<-[:HAS_TASK]-(d:Document) RETURN d, t, false AS inProvince
  {{/from}}
  {{^from}}{{#text}}
  CALL db.index.fulltext.queryNodes('search_text', $text, {limit: 1000000}) YIELD node
  WITH node WHERE node:Task
  MATCH (d:Document)-[:HAS_TASK]->(node) RETURN d, node AS t, false AS inProvince
  {{/text}}{{^text}}{{#document}}
  MATCH (d:Document {id: documentId})-[:HAS_TASK]->(t:Task) RETURN d, t, false AS inProvince
  {{/document}}{{^document}}{{#provinceKey}}
  MATCH (:Province {key: $provinceKey})<-[:IN_PROVINCE]-(d:Document)-[:HAS_TASK]->(t:Task) RETURN d, t, true AS inProvince
  {{/provinceKey}}{{^provinceKey}}
  MATCH (d:Document)-[:HAS_TASK]->(t:Task) RETURN d, t, false AS inProvince
  {{/provinceKey}}{{/document}}{{/text}}{{/from}}
}
WITH src, named, fromId, documentId, d, t, inProvince
WHERE true
  {{#document}}AND d.id = documentId{{/document}}
  {{#provinceKey}}AND (inProvince OR EXISTS { (d)-[:IN_PROVINCE]->(:Province {key: $provinceKey}) }){{/provinceKey}}
  {{#lead}}AND EXISTS { (t)-[:LED_BY]->(a:Agency) WHERE a.key = $lead OR a.nameKey CONTAINS $leadKey }{{/lead}}
  {{#agency}}AND EXISTS { (t)-[:LED_BY|COORDINATED_BY]->(a:Agency) WHERE a.key = $agency OR a.nameKey CONTAINS $agencyKey }{{/agency}}
  {{#deadlineFrom}}AND coalesce(t.deadlineEnd, t.deadlineStart) >= date($deadlineFrom){{/deadlineFrom}}
  {{#deadlineTo}}AND coalesce(t.deadlineEnd, t.deadlineStart) <= date($deadlineTo){{/deadlineTo}}
  {{#deadlineKind}}AND t.deadlineKind = $deadlineKind{{/deadlineKind}}
  {{#from}}{{#text}}AND t.id IN $textIds{{/text}}{{/from}}
