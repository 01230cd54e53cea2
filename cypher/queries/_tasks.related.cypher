// What the resolvers below a page of tasks will ask for, read with the page itself as $prefetch says (the
// relations the operation selects under nodes / edges.node), so a page with its documents, provinces,
// agencies and derivations is one round trip: per document of the page its fields, province and shortest
// IMPLEMENTS chain to `src` (once per document, not per task); per task its lead and coordinating agencies,
// its section and whether it cites `src`. Expects `page` (the page's task nodes) and `src`; yields `related`.
// Relations not asked for are not in the text (sections, src/graph/cypher.ts); documents (the
// tasks' own and those of the derivation chains) and agencies carry the properties $prefetch.documentFields /
// agencyFields list, or all of them when null. A chain is searched only for a document with a page task that
// does not cite `src` (a citing task's derivation is the citation, whatever chain its document has); its edges
// only when the operation selects them ($prefetch.derivationEdges).
CALL (page, src) {
  UNWIND page AS t
  MATCH (d:Document)-[:HAS_TASK]->(t)
  WITH d, t,
       {{#prefetch.lead}}COLLECT { MATCH (t)-[r:LED_BY]->(a:Agency) WITH r, a ORDER BY r.order RETURN {{_agency.values:a}} }{{/prefetch.lead}}{{^prefetch.lead}}null{{/prefetch.lead}} AS lead,
       {{#prefetch.coordinators}}COLLECT { MATCH (t)-[r:COORDINATED_BY]->(a:Agency) WITH r, a ORDER BY r.order RETURN {{_agency.values:a}} }{{/prefetch.coordinators}}{{^prefetch.coordinators}}null{{/prefetch.coordinators}} AS coordinators,
       {{#prefetch.section}}head(COLLECT { MATCH (t)-[:IN_SECTION]->(s:Section) RETURN {{_section:s}} }){{/prefetch.section}}{{^prefetch.section}}null{{/prefetch.section}} AS section,
       {{#prefetch.derivation}}EXISTS { (t)-[:CITES]->(src) }{{/prefetch.derivation}}{{^prefetch.derivation}}null{{/prefetch.derivation}} AS cites
  WITH d, collect({id: t.id, lead: lead, coordinators: coordinators, section: section, cites: cites}) AS tasks
  {{#prefetch.derivation}}
  OPTIONAL CALL (d, src, tasks) {
    WITH d WHERE d <> src AND any(x IN tasks WHERE NOT x.cites)
    MATCH p = SHORTEST 1 (d)(()-[link:IMPLEMENTS]->() WHERE NOT coalesce(link.ambiguous, false)){1,10}(src)
    RETURN {ids: [n IN nodes(p) | n.id], documents: [n IN nodes(p) | {{_document.values:n}}], edges: {{#prefetch.derivationEdges}}[r IN relationships(p) | {{_citation:r}}]{{/prefetch.derivationEdges}}{{^prefetch.derivationEdges}}[]{{/prefetch.derivationEdges}}} AS chain
  }
  {{/prefetch.derivation}}{{^prefetch.derivation}}WITH d, tasks, null AS chain{{/prefetch.derivation}}
  RETURN collect({
    id: d.id,
    document: {{#prefetch.document}}{{_document.values:d}}{{/prefetch.document}}{{^prefetch.document}}null{{/prefetch.document}},
    province: {{#prefetch.province}}head(COLLECT { MATCH (d)-[:IN_PROVINCE]->(p:Province) RETURN p {.key, .name} }){{/prefetch.province}}{{^prefetch.province}}null{{/prefetch.province}},
    chain: chain,
    // The start of every derivation's chain (Derivation.chain of a citation or of the document itself).
    self: {{#prefetch.derivation}}{{_document.values:d}}{{/prefetch.derivation}}{{^prefetch.derivation}}null{{/prefetch.derivation}},
    tasks: tasks
  }) AS related
}
