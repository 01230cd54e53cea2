// Loader documentById: documents by graph key.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id AS key, {{_document:d}} AS value
