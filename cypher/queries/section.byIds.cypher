// Loader sectionById (node(id) for sections); the owning document comes with it.
UNWIND $ids AS id
MATCH (d:Document)-[:HAS_SECTION]->(s:Section {id: id})
RETURN id AS key, {{_section:s}} {.*, documentId: d.id} AS value
