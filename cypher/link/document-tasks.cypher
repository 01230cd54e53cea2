// The tasks of documents, each once (restatements excluded), with what scoring reads.
UNWIND $ids AS docId
MATCH (:Document {id: docId})-[:HAS_TASK]->(t:Task)
RETURN {{_task-input:t}} AS task
ORDER BY t.id
