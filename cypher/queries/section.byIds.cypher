// Loader sectionById (node(id), provenance): sections by graph key, with their owning document.
UNWIND $ids AS id
MATCH (d:Document)-[:HAS_SECTION]->(s:Section {id: id})
RETURN id AS key, s {.id, .path, .number, .heading, .depth, .startLine, .endLine, .startOffset, .endOffset, .page, .box, documentId: d.id} AS value
