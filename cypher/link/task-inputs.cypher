// What scoring reads of the given tasks.
UNWIND $ids AS id
MATCH (t:Task {id: id})
RETURN {{_task-input:t}} AS task
