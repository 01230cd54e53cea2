// Loader documentByGlobalKey: documents by the key a global id holds — the `uid` a renamed document keeps, else its
// id (src/graph/identity.ts). A document holding an id another document was first known by answers to its own uid.
UNWIND $ids AS id
OPTIONAL MATCH (u:Document {uid: id})
OPTIONAL MATCH (d:Document {id: id}) WHERE d.uid IS NULL
WITH id, coalesce(u, d) AS d
WHERE d IS NOT NULL
RETURN id AS key, {{_document:d}} AS value
