// Loader taskDerivation: how each task derives from a source document, preferring a citation by the task,
// then the task's own document, then the shortest chain of IMPLEMENTS edges (at most 10).
UNWIND $pairs AS pair
MATCH (d:Document)-[:HAS_TASK]->(t:Task {id: pair.taskId})
MATCH (src:Document {id: pair.sourceId})
CALL (t, d, src) {
  WITH t, d, src WHERE EXISTS { (t)-[:CITES]->(src) }
  RETURN 'CITATION' AS kind, [d.id] AS chain, [] AS edges, 0 AS rank
  UNION
  WITH t, d, src WHERE d = src
  RETURN 'OWN_DOCUMENT' AS kind, [d.id] AS chain, [] AS edges, 1 AS rank
  UNION
  WITH d, src WHERE d <> src
  MATCH p = SHORTEST 1 (d)(()-[link:IMPLEMENTS]->() WHERE NOT coalesce(link.ambiguous, false)){1,10}(src)
  RETURN 'IMPLEMENTATION_CHAIN' AS kind, [n IN nodes(p) | n.id] AS chain,
         [r IN relationships(p) | {{_citation:r}}] AS edges, 2 AS rank
}
WITH pair, kind, chain, edges, rank ORDER BY rank
RETURN pair.key AS key, head(collect({kind: kind, chain: chain, edges: edges})) AS value
