// Candidate tasks: every task; the full-text hits for $text; or the tasks deriving from $fromId (cited by the
// task, owned by the document, or owned by a document implementing it through 1..10 IMPLEMENTS edges).
CALL () {
  WITH $fromId AS fromId, $text AS q WITH fromId, q WHERE fromId IS NULL AND q IS NULL
  MATCH (t:Task) RETURN t
  UNION
  WITH $fromId AS fromId, $text AS q WITH fromId, q WHERE fromId IS NULL AND q IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_text', q, {limit: 1000000}) YIELD node
  WITH node WHERE node:Task
  RETURN node AS t
  UNION
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
