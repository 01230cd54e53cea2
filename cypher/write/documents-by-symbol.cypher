// The graph's documents of the given symbolKeys, for identity (src/graph/identity.ts): one symbol may name
// several documents (Party resolutions are numbered per term), told apart by the issue year.
MATCH (d:Document)
WHERE d.symbolKey IN $keys
RETURN d.id AS id, d.symbolKey AS key, d.issuedOn.year AS year, coalesce(d.stub, false) AS stub
