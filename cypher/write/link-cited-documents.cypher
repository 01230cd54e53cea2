// Lineage between cited documents, as the ingested document states it ("44-CTr/TU … thực hiện 59-NQ/TW").
// Only stubs receive such edges: a document in the graph speaks for itself through its own text.
UNWIND $links AS l
MERGE (a:Document {id: l.from.id})
ON CREATE SET a += l.from.props, a.stub = true
MERGE (b:Document {id: l.to.id})
ON CREATE SET b += l.to.props, b.stub = true
WITH a, b, l
WHERE a.stub
MERGE (a)-[r:IMPLEMENTS]->(b)
ON CREATE SET r += l.props, r.assertedBy = $id
RETURN count(r) AS links
