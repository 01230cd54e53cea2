// Loader documentCitedBy: incoming IMPLEMENTS / BASED_ON / CITES / REPLACES / AMENDS edges of each document.
UNWIND $ids AS id
MATCH (:Document {id: id})<-[r:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]-(:Document)
WITH id, r ORDER BY startNode(r).id, type(r)
RETURN id AS key, collect({{_citation:r}}) AS value
