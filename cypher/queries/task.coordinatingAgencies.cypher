// Loader taskCoordinatingAgencies: coordinating agencies (cơ quan phối hợp) of each task, in the order written.
UNWIND $ids AS id
MATCH (:Task {id: id})-[r:COORDINATED_BY]->(a:Agency)
WITH id, r, a ORDER BY r.order
RETURN id AS key, collect({{_agency:a}}) AS value
