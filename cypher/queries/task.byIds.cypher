// Loader taskById.
UNWIND $ids AS id
MATCH (t:Task {id: id})
RETURN id AS key, {{_task:t}} AS value
