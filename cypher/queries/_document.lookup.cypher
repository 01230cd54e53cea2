// Tolerant symbol lookup of the query map VAR (see src/api/lookup.ts symbolLookup): VAR carries the exact
// graph key as typed (raw), the symbolKey of the text, a symbolKey prefix ("57NQ" for "nghị quyết 57") and
// number + kind, and optionally a year. Exact matches win; among looser matches the most referenced document
// wins (the famous "Nghị quyết 57" is 57-NQ/TW). VAR.year, when given, keeps only the documents issued that
// year (one symbol, two documents: 18-NQ/TW of 2017 and of 2022). Yields `found`; no row when none matches.
CALL (VAR) {
  WITH VAR WHERE VAR IS NOT NULL
  MATCH (found:Document)
  WHERE (VAR.year IS NULL OR found.issuedOn.year = VAR.year) AND (found.id = VAR.raw
     OR (VAR.symbolKey IS NOT NULL AND found.symbolKey = VAR.symbolKey)
     OR (VAR.prefix IS NOT NULL AND found.symbolKey STARTS WITH VAR.prefix)
     OR (VAR.number IS NOT NULL AND VAR.kind IS NOT NULL AND found.number = VAR.number AND found.kind = VAR.kind))
  WITH found, CASE WHEN found.id = VAR.raw OR found.symbolKey = VAR.symbolKey THEN 0 ELSE 1 END AS exactness
  ORDER BY exactness, COUNT { (found)<-[:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]-() } DESC, coalesce(found.stub, false), found.id
  LIMIT 1
  RETURN found
}
