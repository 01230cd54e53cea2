MATCH (d:Document {id: $id})
SET d.linkedHash = d.extractionHash
