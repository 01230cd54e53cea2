// Loader indicatorById.
UNWIND $ids AS id
MATCH (i:Indicator {id: id})
RETURN id AS key, {{_indicator:i}} AS value
