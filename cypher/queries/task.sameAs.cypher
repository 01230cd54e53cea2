// Loader taskSameAs: the same task read from the other source (either direction of SAME_AS).
UNWIND $ids AS id
MATCH (:Task {id: id})-[:SAME_AS]-(o:Task)
WITH id, o ORDER BY o.id
RETURN id AS key, head(collect({{_task:o}})) AS value
