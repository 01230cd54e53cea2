// Query taskCounts by PROVINCE, when the filter has document-level conditions only: a task's province is its
// document's, so the counts are sums of per-document task counts (degrees); no task is read but those citing
// the derivesFrom document from outside its derivation, and those are counted, not collected. Documents
// deriving from it are gathered first, so the citing tasks' documents are checked against that list
// (the floor's shape: scripts/bench/questions.ts) instead of each derivation row being merged per document.
{{_tasks.sources}}
CALL (src, documentId) {
  {{#from}}
  CALL (src) {
    {{_derived.documents:src}}
    RETURN collect(d) AS derived
  }
  CALL (src, derived) {
    UNWIND derived AS d
    RETURN d, COUNT { (d)-[:HAS_TASK]->() } AS n
    UNION ALL
    MATCH (src)<-[:CITES]-(t:Task)<-[:HAS_TASK]-(d:Document)
    WHERE NOT d IN derived
    RETURN d, count(t) AS n
  }
  RETURN d, n
  {{/from}}
  {{^from}}{{#document}}
  MATCH (d:Document {id: documentId}) RETURN d, COUNT { (d)-[:HAS_TASK]->() } AS n
  {{/document}}{{^document}}{{#provinceKey}}
  MATCH (:Province {key: $provinceKey})<-[:IN_PROVINCE]-(d:Document) RETURN d, COUNT { (d)-[:HAS_TASK]->() } AS n
  {{/provinceKey}}{{^provinceKey}}
  MATCH (d:Document) RETURN d, COUNT { (d)-[:HAS_TASK]->() } AS n
  {{/provinceKey}}{{/document}}{{/from}}
}
WITH d, n
WHERE n > 0
  {{#document}}AND d.id = documentId{{/document}}
  {{#provinceKey}}AND EXISTS { (d)-[:IN_PROVINCE]->(:Province {key: $provinceKey}) }{{/provinceKey}}
OPTIONAL MATCH (d)-[:IN_PROVINCE]->(p:Province)
WITH p.key AS gkey, p.name AS label, sum(n) AS n
ORDER BY n DESC, label
WITH collect({key: gkey, label: label, count: n}) AS groups
RETURN reduce(s = 0, g IN groups | s + g.count) AS total, groups
