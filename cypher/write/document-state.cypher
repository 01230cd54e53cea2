// What the graph already holds for a document: decides unchanged / created / updated.
OPTIONAL MATCH (d:Document {id: $id})
RETURN d.extractionHash AS extractionHash, coalesce(d.stub, false) AS stub
