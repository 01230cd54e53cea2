// Loader indicatorReportedBy: the monitoring / reporting agencies of each indicator.
UNWIND $ids AS id
MATCH (:Indicator {id: id})-[:REPORTED_BY]->(a:Agency)
WITH id, a ORDER BY a.key
RETURN id AS key, collect({{_agency:a}}) AS value
