// Loader documentProvince: the province of each document (also used for Task.province via the task's document).
UNWIND $ids AS id
MATCH (:Document {id: id})-[:IN_PROVINCE]->(p:Province)
RETURN id AS key, p {.key, .name} AS value
