// coverage(of:, provinces:): the plans carrying out a document (through the IMPLEMENTS chain, with a
// province and their own tasks), the central task table when the graph holds one (the document itself, or
// a central document carrying it out), and the links between them. Rows are assembled in src/api/coverage.ts.
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (p:Document)-[:IMPLEMENTS*0..3]->(d)
  WHERE p.province IS NULL AND EXISTS { (p)-[:HAS_TASK]->() }
  WITH p ORDER BY CASE WHEN p = d THEN 0 ELSE 1 END, COUNT { (p)-[:HAS_TASK]->() } DESC, p.id
  RETURN head(collect(p.id)) AS programme
}
CALL (d) {
  MATCH (plan:Document)-[:IMPLEMENTS*1..4]->(d)
  MATCH (plan)-[:IN_PROVINCE]->(prov:Province)
  WHERE ($provinces IS NULL OR prov.key IN $provinces) AND EXISTS { (plan)-[:HAS_TASK]->() }
  RETURN collect(DISTINCT {id: plan.id, province: prov.key}) AS plans
}
CALL (programme) {
  OPTIONAL MATCH (:Document {id: programme})-[:HAS_TASK]->(c:Task)
  WITH c ORDER BY c.startLine, c.id
  RETURN collect(c.id) AS central
}
WITH programme, plans, central, [p IN plans | p.id] AS planIds
CALL (plans) {
  UNWIND plans AS plan
  MATCH (:Document {id: plan.id})-[:HAS_TASK]->(t:Task)
  RETURN collect({id: t.id, documentId: plan.id, province: plan.province}) AS tasks
}
CALL (planIds) {
  UNWIND planIds AS planId
  MATCH (:Document {id: planId})-[:HAS_TASK]->(t:Task)-[r:COUNTERPART_OF]->(o:Task)
  WHERE r.score >= $minScore AND o.documentId IN planIds
  RETURN collect({from: t.id, to: o.id, score: r.score}) AS links
}
CALL (planIds, programme) {
  UNWIND planIds AS planId
  MATCH (:Document {id: planId})-[:HAS_TASK]->(t:Task)-[r:LOCALISES]->(c:Task {documentId: programme})
  RETURN collect({from: t.id, to: c.id, score: r.score}) AS localises
}
RETURN programme, plans, central, tasks, links, localises
