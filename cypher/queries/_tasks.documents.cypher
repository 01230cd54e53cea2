// For a TaskFilter with document-level conditions only (`fromId`, $direct, `documentId`, $provinceKey): the
// documents whose tasks match, each with `whole` (every task of the document matches) or `cited` (only these
// tasks, which cite `fromId` from a document that does not derive from it). Lets counts and pages work on
// documents (hundreds) and expand tasks (tens of thousands) only where a page needs them. Expects `fromId`
// and `documentId` (_tasks.sources) in scope and keeps `src`, `named` and `fromId`.
CALL (fromId, documentId) {
  WITH fromId WHERE $from IS NOT NULL
  MATCH (source:Document {id: fromId})
  {{_derived.documents:source}}
  RETURN d, true AS whole, [] AS cited
  UNION
  WITH fromId WHERE $from IS NOT NULL
  MATCH (:Document {id: fromId})<-[:CITES]-(t:Task)<-[:HAS_TASK]-(d:Document)
  RETURN d, false AS whole, collect(t) AS cited
  UNION
  WITH documentId WHERE $from IS NULL AND $document IS NOT NULL
  MATCH (d:Document {id: documentId}) RETURN d, true AS whole, [] AS cited
  UNION
  WITH $provinceKey AS pk WITH pk WHERE $from IS NULL AND $document IS NULL AND pk IS NOT NULL
  MATCH (:Province {key: pk})<-[:IN_PROVINCE]-(d:Document) RETURN d, true AS whole, [] AS cited
  UNION
  WITH 1 AS one WHERE $from IS NULL AND $document IS NULL AND $provinceKey IS NULL
  MATCH (d:Document) RETURN d, true AS whole, [] AS cited
}
WITH src, named, fromId, documentId, d, any(x IN collect(whole) WHERE x) AS whole, reduce(acc = [], c IN collect(cited) | acc + c) AS cited
WHERE (documentId IS NULL OR d.id = documentId)
  AND ($provinceKey IS NULL OR EXISTS { (d)-[:IN_PROVINCE]->(:Province {key: $provinceKey}) })
// A document's task count from its degree (no task is read) unless only its citing tasks match.
WITH src, named, fromId, d, whole, cited, CASE WHEN whole THEN COUNT { (d)-[:HAS_TASK]->() } ELSE size(cited) END AS n
WHERE n > 0
