// Identity (src/graph/identity.ts): the document holding a symbol's bare id moves to "<symbol>@<year>" when an
// earlier document of that symbol arrives. What it owns is keyed by its id ("<id>#…"), so it moves with it. Its
// global id does not move: `uid` keeps the key it was known by until then (the API's global ids use it).
MATCH (d:Document {id: $from})
SET d.uid = coalesce(d.uid, d.id), d.id = $to
WITH d
OPTIONAL MATCH (d)-[:HAS_SECTION|HAS_TASK|HAS_RESTATEMENT|HAS_INDICATOR]->(n)
SET n.id = $to + substring(n.id, size($from)),
    n.documentId = CASE WHEN n.documentId IS NULL THEN null ELSE $to END,
    n.duplicateOf = CASE WHEN n.duplicateOf IS NULL THEN null ELSE $to + substring(n.duplicateOf, size($from)) END
RETURN count(n) AS moved
