// Remove what a document owns (sections, tasks, indicators, outgoing document edges) before a new version
// is written; shared nodes (agencies, provinces, cited documents) stay.
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:HAS_SECTION|HAS_TASK|HAS_RESTATEMENT|HAS_INDICATOR]->(owned)
DETACH DELETE owned
WITH DISTINCT d
OPTIONAL MATCH (d)-[r:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS|IN_PROVINCE]->()
DELETE r
