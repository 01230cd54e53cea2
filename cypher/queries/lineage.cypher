// Query lineage: documents and typed edges around $rootId, walking UP (outgoing edges), DOWN (incoming) or
// both, up to $depth (1..6) edges whose type is in $relations. Paths never mix directions; each node keeps
// its shortest signed distance (negative above the root, positive below).
MATCH (root:Document {id: $rootId})
CALL (root) {
  OPTIONAL MATCH p = (root) (()-[r:IMPLEMENTS|BASED_ON|CITES]->() WHERE type(r) IN $relations){1,6} (:Document)
  WHERE $direction IN ['UP', 'BOTH'] AND length(p) <= $depth
  RETURN collect(p) AS ups
}
CALL (root) {
  OPTIONAL MATCH p = (root) (()<-[r:IMPLEMENTS|BASED_ON|CITES]-() WHERE type(r) IN $relations){1,6} (:Document)
  WHERE $direction IN ['DOWN', 'BOTH'] AND length(p) <= $depth
  RETURN collect(p) AS downs
}
WITH root, [p IN ups | {p: p, sign: -1}] + [p IN downs | {p: p, sign: 1}] AS paths
CALL (paths) {
  UNWIND paths AS x
  UNWIND range(1, length(x.p)) AS i
  WITH nodes(x.p)[i] AS n, x.sign * i AS distance
  ORDER BY abs(distance)
  WITH n, head(collect(distance)) AS distance
  ORDER BY abs(distance), n.id
  RETURN collect({document: {{_document:n}}, distance: distance}) AS nodes
}
CALL (paths) {
  UNWIND paths AS x
  UNWIND relationships(x.p) AS r
  WITH DISTINCT r
  ORDER BY startNode(r).id, endNode(r).id, type(r)
  RETURN collect({{_citation:r}}) AS edges
}
RETURN {{_document:root}} AS root, nodes, edges
