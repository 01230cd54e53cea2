// Query lineage: documents and typed edges around $rootId, walking UP (outgoing edges), DOWN (incoming) or
// both, up to $depth (1..6) edges of the types in $relations. Paths never mix directions.
MATCH (root:Document {id: $rootId})
CALL (root) {
  WITH root WHERE $direction IN ['UP', 'BOTH']
  MATCH p = (root)-[:IMPLEMENTS|BASED_ON|CITES]->{1,6}(:Document)
  WHERE length(p) <= $depth AND all(r IN relationships(p) WHERE type(r) IN $relations)
  RETURN p, -1 AS sign
  UNION
  WITH root WHERE $direction IN ['DOWN', 'BOTH']
  MATCH p = (root)<-[:IMPLEMENTS|BASED_ON|CITES]-{1,6}(:Document)
  WHERE length(p) <= $depth AND all(r IN relationships(p) WHERE type(r) IN $relations)
  RETURN p, 1 AS sign
}
WITH root, p, sign
UNWIND range(1, length(p)) AS i
WITH root, nodes(p)[i] AS n, relationships(p)[i - 1] AS r, sign * i AS distance
WITH root, n, r, distance ORDER BY abs(distance)
WITH root, collect(DISTINCT r) AS rels, collect({n: n, distance: distance}) AS reached
WITH root, rels, [x IN reached | x.n] AS ns, reached
RETURN {{_document:root}} AS root,
       [i IN range(0, size(reached) - 1) WHERE NOT reached[i].n IN ns[0..i] | {document: reached[i].n {{{_document.props:reached[i].n}}}, distance: reached[i].distance}] AS nodes,
       [r IN rels | {{_citation:r}}] AS edges
