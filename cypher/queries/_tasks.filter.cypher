// Candidate (document, task) rows from the most selective condition given: the tasks deriving from `fromId`
// (owned by a document deriving from it, see _derived.documents, or citing it); else the full-text hits for
// $text; else the tasks of `documentId`; else of $provinceKey; else every task. UNION makes rows distinct, and
// each branch carries the task's document so it is never matched twice. The WHERE below then applies every
// condition, so the choice of entry point never changes the answer (a row from the province branch is known
// to be in $provinceKey, `inProvince`, so that condition is not tested again on each of its rows). Expects `fromId` and `documentId`
// (_tasks.sources) in scope and keeps them; branches are chosen on the parameters ($from, $document), which
// the planner tests before any scan (a test on a variable it may place after the branch's label scan).
CALL (fromId, documentId) {
  WITH fromId WHERE $from IS NOT NULL
  MATCH (source:Document {id: fromId})
  {{_derived.documents:source}}
  MATCH (d)-[:HAS_TASK]->(t:Task) RETURN d, t, false AS inProvince
  UNION
  WITH fromId WHERE $from IS NOT NULL
  MATCH (:Document {id: fromId})<-[:CITES]-(t:Task)<-[:HAS_TASK]-(d:Document) RETURN d, t, false AS inProvince
  UNION
  WITH $text AS q WITH q WHERE $from IS NULL AND q IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_text', q, {limit: 1000000}) YIELD node
  WITH node WHERE node:Task
  MATCH (d:Document)-[:HAS_TASK]->(node) RETURN d, node AS t, false AS inProvince
  UNION
  WITH documentId WHERE $from IS NULL AND $text IS NULL AND $document IS NOT NULL
  MATCH (d:Document {id: documentId})-[:HAS_TASK]->(t:Task) RETURN d, t, false AS inProvince
  UNION
  WITH $provinceKey AS pk WITH pk WHERE $from IS NULL AND $text IS NULL AND $document IS NULL AND pk IS NOT NULL
  MATCH (:Province {key: pk})<-[:IN_PROVINCE]-(d:Document)-[:HAS_TASK]->(t:Task) RETURN d, t, true AS inProvince
  UNION
  WITH 1 AS one WHERE $from IS NULL AND $text IS NULL AND $document IS NULL AND $provinceKey IS NULL
  MATCH (d:Document)-[:HAS_TASK]->(t:Task) RETURN d, t, false AS inProvince
}
WITH src, named, fromId, documentId, d, t, inProvince
WHERE (documentId IS NULL OR d.id = documentId)
  AND ($provinceKey IS NULL OR inProvince OR EXISTS { (d)-[:IN_PROVINCE]->(:Province {key: $provinceKey}) })
  AND ($lead IS NULL OR EXISTS { (t)-[:LED_BY]->(a:Agency) WHERE a.key = $lead OR a.nameKey CONTAINS $leadKey })
  AND ($agency IS NULL OR EXISTS { (t)-[:LED_BY|COORDINATED_BY]->(a:Agency) WHERE a.key = $agency OR a.nameKey CONTAINS $agencyKey })
  AND ($deadlineFrom IS NULL OR coalesce(t.deadlineEnd, t.deadlineStart) >= date($deadlineFrom))
  AND ($deadlineTo IS NULL OR coalesce(t.deadlineEnd, t.deadlineStart) <= date($deadlineTo))
  AND ($deadlineKind IS NULL OR t.deadlineKind = $deadlineKind)
  AND (fromId IS NULL OR $text IS NULL OR t.id IN $textIds)
