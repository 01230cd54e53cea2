// The graph's documents of the given symbolKeys, for identity (src/graph/identity.ts): one symbol may name
// several documents (Party resolutions are numbered per term), told apart by the issue year.
MATCH (d:Document)
WHERE d.symbolKey IN $keys
// A copy that gives only the year keeps it as issuedYear.
RETURN d.id AS id, d.symbolKey AS key, coalesce(d.issuedOn.year, d.issuedYear) AS year, coalesce(d.stub, false) AS stub
