// The document's family for task linking, through IMPLEMENTS chains by document key (id), stubs included:
// parents = documents it carries out (directly or through the chain) that hold their own task table;
// siblings = other documents with tasks that carry out one of the same documents, excluding its own
// parents and descendants; children = documents with tasks that carry it out; withoutTerms = siblings
// whose tasks may lack retrieval terms (not linked in their current version, nor backfilled).
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:IMPLEMENTS*1..4]->(anc:Document)
WITH d, collect(DISTINCT anc) AS ancestors
CALL (d, ancestors) {
  OPTIONAL MATCH (c:Document)-[:IMPLEMENTS*1..4]->(d)
  WHERE EXISTS { (c)-[:HAS_TASK]->() }
  RETURN collect(DISTINCT c) AS children
}
CALL (d, ancestors, children) {
  UNWIND ancestors AS a
  MATCH (s:Document)-[:IMPLEMENTS*1..4]->(a)
  WHERE s <> d AND NOT s IN ancestors AND NOT s IN children AND EXISTS { (s)-[:HAS_TASK]->() }
  WITH DISTINCT s
  RETURN collect(s.id) AS siblings, collect(CASE WHEN s.linkTermsWritten IS NULL THEN s.id END) AS withoutTerms
}
RETURN [a IN ancestors WHERE EXISTS { (a)-[:HAS_TASK]->() } | a.id] AS parents,
       siblings,
       withoutTerms,
       [c IN children | c.id] AS children
