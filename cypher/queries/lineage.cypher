// Query lineage: documents and typed edges around $rootId, walking UP (outgoing edges), DOWN (incoming) or
// both, up to $depth (1..6) edges whose type is in $relations. Paths never mix directions; each node keeps
// its shortest signed distance (negative above the root, positive below).
//
// Why shortest paths and not every path: enumerating all paths of up to 6 edges and filtering on $depth
// afterwards (a quantifier bound cannot be a parameter) walked ~3,700 paths for 59-NQ/TW at 100× scale to
// find ~400 documents. A breadth-first SHORTEST search visits each document once. The edges are then every
// allowed edge leaving a reached document (root included) whose distance is below $depth, in the walk's
// direction: exactly the edges that lie on some walk of at most $depth steps.
MATCH (root:Document {id: $rootId})
CALL (root) {
  CALL (root) {
    WITH root WHERE $direction IN ['UP', 'BOTH']
    MATCH p = ANY SHORTEST (root) (()-[r:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]->() WHERE type(r) IN $relations){1,6} (n:Document)
    WHERE length(p) <= $depth AND n <> root
    RETURN n, -length(p) AS distance
    UNION
    WITH root WHERE $direction IN ['DOWN', 'BOTH']
    MATCH p = ANY SHORTEST (root) (()<-[r:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]-() WHERE type(r) IN $relations){1,6} (n:Document)
    WHERE length(p) <= $depth AND n <> root
    RETURN n, length(p) AS distance
  }
  // Collected inside a subquery so a root that reaches nothing still yields its row.
  RETURN collect({n: n, distance: distance}) AS reached
}
CALL (root, reached) {
  UNWIND reached AS x
  WITH x.n AS n, x.distance AS distance
  ORDER BY abs(distance), distance
  WITH n, head(collect(distance)) AS distance
  ORDER BY abs(distance), n.id
  RETURN collect({document: {{_document:n}}, distance: distance}) AS nodes
}
CALL (root, reached) {
  UNWIND [{n: root, distance: 0}] + reached AS x
  WITH x.n AS n, x.distance AS distance
  WHERE abs(distance) < $depth
  CALL (n, distance) {
    WITH n, distance WHERE distance <= 0 AND $direction IN ['UP', 'BOTH']
    MATCH (n)-[r:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]->(:Document) WHERE type(r) IN $relations
    RETURN r
    UNION
    WITH n, distance WHERE distance >= 0 AND $direction IN ['DOWN', 'BOTH']
    MATCH (n)<-[r:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]-(:Document) WHERE type(r) IN $relations
    RETURN r
  }
  WITH DISTINCT r
  ORDER BY startNode(r).id, endNode(r).id, type(r)
  RETURN collect({{_citation:r}}) AS edges
}
RETURN {{_document:root}} AS root, nodes, edges
