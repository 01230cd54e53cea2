// Loader taskCites: documents each task names.
UNWIND $ids AS id
MATCH (:Task {id: id})-[:CITES]->(d:Document)
WITH id, d ORDER BY d.id
RETURN id AS key, collect({{_document:d}}) AS value
