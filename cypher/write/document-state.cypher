// What the graph already holds for a document: decides unchanged / created / updated (and whether there is
// anything to clear).
OPTIONAL MATCH (d:Document {id: $id})
RETURN d.extractionHash AS extractionHash, coalesce(d.stub, false) AS stub, d IS NOT NULL AS exists
