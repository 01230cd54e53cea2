// One level of a lineage walk: the documents one allowed edge beyond `state.frontier`, in the walk's
// direction, and those edges. Below $depth only; past it the level is empty, so the query can splice this
// fragment six times (the largest depth) whatever $depth is. An edge from a bare symbol that several documents
// carry (`ambiguous`, src/graph/identity.ts) is never walked: it must not join two chains.
CALL (state) {
  UNWIND CASE WHEN state.level < $depth THEN state.frontier ELSE [] END AS f
  CALL (f, state) {
    WITH f WHERE state.up
    MATCH (f)-[r:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]->(m:Document) WHERE type(r) IN $relations AND NOT coalesce(r.ambiguous, false)
    RETURN r, m
    UNION ALL
    WITH f WHERE NOT state.up
    MATCH (f)<-[r:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]-(m:Document) WHERE type(r) IN $relations AND NOT coalesce(r.ambiguous, false)
    RETURN r, m
  }
  RETURN collect(r) AS rs, collect(DISTINCT m) AS ms
}
WITH root, state, rs, [m IN ms WHERE NOT m IN state.seen] AS fresh
WITH root, {up: state.up, level: state.level + 1, seen: state.seen + fresh, frontier: fresh, edges: state.edges + rs,
      reached: state.reached + [m IN fresh | {n: m, distance: CASE WHEN state.up THEN -(state.level + 1) ELSE state.level + 1 END}]} AS state
