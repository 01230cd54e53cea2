// Candidate tasks, from the most selective condition given: the tasks deriving from $fromId (cited by the
// task, owned by the document, or owned by a document implementing it through 1..10 IMPLEMENTS edges); else
// the full-text hits for $text; else the tasks of $documentId; else of $provinceKey; else every task.
// The WHERE below then applies every condition, so the choice of entry point never changes the answer.
CALL () {
  WITH $fromId AS fromId WITH fromId WHERE fromId IS NOT NULL
  MATCH (:Document {id: fromId})<-[:CITES]-(t:Task) RETURN t
  UNION
  WITH $fromId AS fromId WITH fromId WHERE fromId IS NOT NULL
  MATCH (:Document {id: fromId})-[:HAS_TASK]->(t:Task) RETURN t
  UNION
  WITH $fromId AS fromId WITH fromId WHERE fromId IS NOT NULL
  MATCH (:Document {id: fromId})<-[:IMPLEMENTS]-(:Document)-[:HAS_TASK]->(t:Task) RETURN t
  UNION
  WITH $fromId AS fromId WITH fromId WHERE fromId IS NOT NULL AND NOT coalesce($direct, false)
  MATCH (:Document {id: fromId})<-[:IMPLEMENTS]-{2,10}(:Document)-[:HAS_TASK]->(t:Task) RETURN t
  UNION
  WITH $text AS q WITH q WHERE $fromId IS NULL AND q IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_text', q, {limit: 1000000}) YIELD node
  WITH node WHERE node:Task
  RETURN node AS t
  UNION
  WITH $documentId AS documentId WITH documentId WHERE $fromId IS NULL AND $text IS NULL AND documentId IS NOT NULL
  MATCH (:Document {id: documentId})-[:HAS_TASK]->(t:Task) RETURN t
  UNION
  WITH $provinceKey AS pk WITH pk WHERE $fromId IS NULL AND $text IS NULL AND $documentId IS NULL AND pk IS NOT NULL
  MATCH (:Province {key: pk})<-[:IN_PROVINCE]-(:Document)-[:HAS_TASK]->(t:Task) RETURN t
  UNION
  WITH 1 AS one WHERE $fromId IS NULL AND $text IS NULL AND $documentId IS NULL AND $provinceKey IS NULL
  MATCH (t:Task) RETURN t
}
WITH DISTINCT t
MATCH (d:Document)-[:HAS_TASK]->(t)
WHERE ($documentId IS NULL OR d.id = $documentId)
  AND ($provinceKey IS NULL OR EXISTS { (d)-[:IN_PROVINCE]->(:Province {key: $provinceKey}) })
  AND ($lead IS NULL OR EXISTS { (t)-[:LED_BY]->(a:Agency) WHERE a.key = $lead OR a.nameKey CONTAINS $leadKey })
  AND ($agency IS NULL OR EXISTS { (t)-[:LED_BY|COORDINATED_BY]->(a:Agency) WHERE a.key = $agency OR a.nameKey CONTAINS $agencyKey })
  AND ($deadlineFrom IS NULL OR coalesce(t.deadlineEnd, t.deadlineStart) >= date($deadlineFrom))
  AND ($deadlineTo IS NULL OR coalesce(t.deadlineEnd, t.deadlineStart) <= date($deadlineTo))
  AND ($deadlineKind IS NULL OR t.deadlineKind = $deadlineKind)
  AND ($fromId IS NULL OR $text IS NULL OR t.id IN $textIds)
