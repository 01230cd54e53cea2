// Identity (src/graph/identity.ts): a document that takes a bare id another document held (and whose `uid` keeps)
// gets a key of its own, "<id>@<year>", so no two documents ever answer to one global id. Set once, never changed.
UNWIND $ids AS id
MATCH (d:Document {id: id})
WHERE d.uid IS NULL AND EXISTS { MATCH (o:Document {uid: id}) WHERE o <> d }
SET d.uid = id + '@' + coalesce(toString(d.issuedOn.year), 'undated')
RETURN count(d) AS kept
