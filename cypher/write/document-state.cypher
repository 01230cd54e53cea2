// What the graph already holds for a document: decides unchanged / created / updated.
OPTIONAL MATCH (d:Document {id: $id})
RETURN d.sha256 AS sha256, coalesce(d.stub, false) AS stub
