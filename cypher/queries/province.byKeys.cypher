// Loader provinceByKey.
UNWIND $ids AS id
MATCH (p:Province {key: id})
RETURN id AS key, p {.key, .name} AS value
