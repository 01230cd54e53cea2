// Loader documentSections: sections of each document in reading order.
UNWIND $ids AS id
MATCH (:Document {id: id})-[:HAS_SECTION]->(s:Section)
WITH id, s ORDER BY s.startOffset, s.path
RETURN id AS key, collect({{_section:s}}) AS value
