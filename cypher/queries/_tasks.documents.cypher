// For a TaskFilter with document-level conditions only (`fromId`, $direct, `documentId`, $provinceKey): the
// documents whose tasks match, each with `whole` (every task of the document matches) or `cited` (only these
// tasks, which cite `fromId` from a document that does not derive from it). Lets counts and pages work on
// documents (hundreds) and expand tasks (tens of thousands) only where a page needs them. Expects `fromId`
// and `documentId` (_tasks.sources) in scope and keeps `src`, `named` and `fromId`. Only the entry point and
// the conditions given are in the text (sections, as in _tasks.filter).
CALL (fromId, documentId) {
  {{#from}}
  MATCH (source:Document {id: fromId})
  {{_derived.documents:source}}
  RETURN d, true AS whole, [] AS cited
  UNION
  MATCH (:Document {id: fromId})<-[:CITES]-(t:Task)<-[:HAS_TASK]-(d:Document)
  RETURN d, false AS whole, collect(t) AS cited
  {{/from}}
  {{^from}}{{#document}}
  MATCH (d:Document {id: documentId}) RETURN d, true AS whole, [] AS cited
  {{/document}}{{^document}}{{#provinceKey}}
  MATCH (:Province {key: $provinceKey})<-[:IN_PROVINCE]-(d:Document) RETURN d, true AS whole, [] AS cited
  {{/provinceKey}}{{^provinceKey}}
  MATCH (d:Document) RETURN d, true AS whole, [] AS cited
  {{/provinceKey}}{{/document}}{{/from}}
}
WITH src, named, fromId, documentId, d, any(x IN collect(whole) WHERE x) AS whole, reduce(acc = [], c IN collect(cited) | acc + c) AS cited
WHERE true
  {{#document}}AND d.id = documentId{{/document}}
  {{#provinceKey}}AND EXISTS { (d)-[:IN_PROVINCE]->(:Province {key: $provinceKey}) }{{/provinceKey}}
// A document's task count from its degree (no task is read) unless only its citing tasks match.
WITH src, named, fromId, d, whole, cited, CASE WHEN whole THEN COUNT { (d)-[:HAS_TASK]->() } ELSE size(cited) END AS n
WHERE n > 0
