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
// Value lists, not maps (src/api/prefetch.ts RelatedDocument): the driver decodes every map key as a string
// of its own, and a page's maps carried a thousand of them. A task is named by its position in `page`.
CALL (page, src) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i] AS t
  MATCH (d:Document)-[:HAS_TASK]->(t)
  WITH d, i,
       {{#prefetch.lead}}COLLECT { MATCH (t)-[r:LED_BY]->(a:Agency) WITH r, a ORDER BY r.order RETURN {{_agency.values:a}} }{{/prefetch.lead}}{{^prefetch.lead}}null{{/prefetch.lead}} AS lead,
       {{#prefetch.coordinators}}COLLECT { MATCH (t)-[r:COORDINATED_BY]->(a:Agency) WITH r, a ORDER BY r.order RETURN {{_agency.values:a}} }{{/prefetch.coordinators}}{{^prefetch.coordinators}}null{{/prefetch.coordinators}} AS coordinators,
       {{#prefetch.section}}head(COLLECT { MATCH (t)-[:IN_SECTION]->(s:Section) RETURN {{_section:s}} }){{/prefetch.section}}{{^prefetch.section}}null{{/prefetch.section}} AS section,
       {{#prefetch.derivation}}EXISTS { (t)-[:CITES]->(src) }{{/prefetch.derivation}}{{^prefetch.derivation}}null{{/prefetch.derivation}} AS cites
  WITH d, collect([i, lead, coordinators, section, cites]) AS tasks
  {{#prefetch.derivation}}
  OPTIONAL CALL (d, src, tasks) {
    WITH d WHERE d <> src AND any(x IN tasks WHERE NOT x[4])
    MATCH p = SHORTEST 1 (d)(()-[link:IMPLEMENTS]->() WHERE NOT coalesce(link.ambiguous, false)){1,10}(src)
    RETURN [[n IN nodes(p) | n.id], [n IN nodes(p) | {{_document.values:n}}], {{#prefetch.derivationEdges}}[r IN relationships(p) | {{_citation:r}}]{{/prefetch.derivationEdges}}{{^prefetch.derivationEdges}}[]{{/prefetch.derivationEdges}}] AS chain
  }
  {{/prefetch.derivation}}{{^prefetch.derivation}}WITH d, tasks, null AS chain{{/prefetch.derivation}}
  // The document's own fields: shown as the task's document, and the start of every derivation's chain (a
  // citation's or the document's own).
  RETURN collect([
    d.id,
    {{#prefetch.document}}{{_document.values:d}}{{/prefetch.document}}{{^prefetch.document}}{{#prefetch.derivation}}{{_document.values:d}}{{/prefetch.derivation}}{{^prefetch.derivation}}null{{/prefetch.derivation}}{{/prefetch.document}},
    {{#prefetch.province}}head(COLLECT { MATCH (d)-[:IN_PROVINCE]->(p:Province) RETURN [p.key, p.name] }){{/prefetch.province}}{{^prefetch.province}}null{{/prefetch.province}},
    chain,
    tasks
  ]) AS related
}
