// Loader agencyByKey.
UNWIND $ids AS id
MATCH (a:Agency {key: id})
RETURN id AS key, {{_agency:a}} AS value
