// The documents deriving from the document VAR: VAR itself and the documents implementing it through one
// IMPLEMENTS edge ($direct) or a chain of 1..10. Documents are few (hundreds at 100× scale) while their tasks
// are tens of thousands, so every derivation query starts here and expands tasks last. The variable-length
// expansion under UNION (distinct rows) is planned as a pruning breadth-first walk, not one row per path.
CALL (VAR) {
  RETURN VAR AS d
  UNION
  WITH VAR WHERE coalesce($direct, false)
  MATCH (VAR)<-[r:IMPLEMENTS]-(d:Document) WHERE NOT coalesce(r.ambiguous, false) RETURN d
  UNION
  WITH VAR WHERE NOT coalesce($direct, false)
  MATCH (VAR)<-[rs:IMPLEMENTS*1..10]-(d:Document) WHERE none(r IN rs WHERE coalesce(r.ambiguous, false)) RETURN d
}
