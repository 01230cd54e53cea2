// Loader agencyProvince.
UNWIND $ids AS id
MATCH (:Agency {key: id})-[:IN_PROVINCE]->(p:Province)
RETURN id AS key, p {.key, .name} AS value
