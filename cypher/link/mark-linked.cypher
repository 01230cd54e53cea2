// Linked in this version, and its tasks carry their retrieval terms.
MATCH (d:Document {id: $id})
SET d.linkedHash = d.extractionHash, d.linkTermsWritten = true
