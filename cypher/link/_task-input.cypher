VAR {id: VAR.id, documentId: VAR.documentId, text: VAR.text,
  sectionHeading: head([(VAR)-[:IN_SECTION]->(sec:Section) | sec.heading]),
  cites: [(VAR)-[:CITES]->(c:Document) | c.id],
  lead: [(VAR)-[r:LED_BY]->(a:Agency) | {order: r.order, key: a.key, name: a.name, isGroup: coalesce(a.isGroup, false)}],
  hasTerms: VAR.linkTerms IS NOT NULL}
