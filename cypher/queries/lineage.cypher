// Query lineage: documents and typed edges around the document $root names (a symbol lookup, see
// _document.lookup; no row when none matches), walking UP (outgoing edges), DOWN (incoming) or
// both, up to $depth (1..6) edges whose type is in $relations. Walks never mix directions; each document
// keeps its shortest signed distance (negative above the root, positive below).
//
// A breadth-first walk, level by level (_lineage.level), that stops at $depth and visits each document once:
// the edges are those leaving a document reached below $depth, in the walk's direction, exactly the edges
// on some walk of at most $depth steps (tasks cite documents too: the walk keeps to documents). (A shortest-path search bounded at 6 and cut to $depth afterwards
// explored 3,843 edges for 59-NQ/TW at 100× scale where depth 3 needs far fewer.) With $full false only what
// a drawing needs is returned: ids, label fields and stub for documents; type and ends for edges.
WITH $root AS q
{{_document.lookup:q}}
WITH found AS root
UNWIND [d IN ['UP', 'DOWN'] WHERE $direction IN [d, 'BOTH']] AS direction
WITH root, {up: direction = 'UP', level: 0, seen: [root], frontier: [root], edges: [], reached: []} AS state
{{_lineage.level}}
{{_lineage.level}}
{{_lineage.level}}
{{_lineage.level}}
{{_lineage.level}}
{{_lineage.level}}
WITH root, collect(state) AS walks
CALL (walks) {
  UNWIND walks AS w
  UNWIND w.reached AS x
  WITH x.n AS n, x.distance AS distance
  ORDER BY abs(distance), distance
  WITH n, head(collect(distance)) AS distance
  ORDER BY abs(distance), n.id
  // A drawing's nodes and edges as value lists (no key per value to send and decode), else whole rows.
  RETURN collect(CASE WHEN $full THEN {document: {{_document:n}}, distance: distance} ELSE [distance, n.id, n.symbol, n.kindVi, n.title, n.province, n.issuer, coalesce(n.stub, false), n.uid] END) AS nodes
}
CALL (walks) {
  UNWIND walks AS w
  UNWIND w.edges AS r
  WITH DISTINCT r
  WITH r, startNode(r).id AS fromId, endNode(r).id AS toId
  ORDER BY fromId, toId, type(r)
  RETURN collect(CASE WHEN $full THEN {{_citation:r}} ELSE [type(r), fromId, toId, startNode(r).uid, endNode(r).uid] END) AS edges
}
RETURN {{_document:root}} AS root, nodes, edges
