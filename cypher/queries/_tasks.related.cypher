// What the resolvers below a page of tasks will ask for, read with the page itself as $prefetch says (the
// relations the operation selects under nodes / edges.node), so a page with its documents, provinces,
// agencies and derivations is one round trip: per document of the page its fields, province and shortest
// IMPLEMENTS chain to `src` (once per document, not per task); per task its lead and coordinating agencies,
// its section and whether it cites `src`. Expects `page` (the page's task nodes) and `src`; yields `related`.
// Relations not asked for are never read (each CASE evaluates its branch only when taken); documents (the
// tasks' own and those of the derivation chains) and agencies carry the properties $prefetch.documentFields /
// agencyFields list, or all of them when null. A chain is searched only for a document with a page task that
// does not cite `src` (a citing task's derivation is the citation, whatever chain its document has).
CALL (page, src) {
  UNWIND page AS t
  MATCH (d:Document)-[:HAS_TASK]->(t)
  WITH d, t,
       CASE WHEN $prefetch.lead THEN COLLECT { MATCH (t)-[r:LED_BY]->(a:Agency) WITH r, a ORDER BY r.order RETURN {{_agency.values:a}} } END AS lead,
       CASE WHEN $prefetch.coordinators THEN COLLECT { MATCH (t)-[r:COORDINATED_BY]->(a:Agency) WITH r, a ORDER BY r.order RETURN {{_agency.values:a}} } END AS coordinators,
       CASE WHEN $prefetch.section THEN head(COLLECT { MATCH (t)-[:IN_SECTION]->(s:Section) RETURN {{_section:s}} }) END AS section,
       CASE WHEN $prefetch.derivation THEN EXISTS { (t)-[:CITES]->(src) } END AS cites
  WITH d, collect({id: t.id, lead: lead, coordinators: coordinators, section: section, cites: cites}) AS tasks
  OPTIONAL CALL (d, src, tasks) {
    WITH d WHERE $prefetch.derivation AND d <> src AND any(x IN tasks WHERE NOT x.cites)
    MATCH p = SHORTEST 1 (d)(()-[link:IMPLEMENTS]->() WHERE NOT coalesce(link.ambiguous, false)){1,10}(src)
    RETURN {ids: [n IN nodes(p) | n.id], documents: [n IN nodes(p) | {{_document.values:n}}], edges: [r IN relationships(p) | {{_citation:r}}]} AS chain
  }
  RETURN collect({
    id: d.id,
    document: CASE WHEN $prefetch.document THEN {{_document.values:d}} END,
    province: CASE WHEN $prefetch.province THEN head(COLLECT { MATCH (d)-[:IN_PROVINCE]->(p:Province) RETURN p {.key, .name} }) END,
    chain: chain,
    // The start of every derivation's chain (Derivation.chain of a citation or of the document itself).
    self: CASE WHEN $prefetch.derivation THEN {{_document.values:d}} END,
    tasks: tasks
  }) AS related
}
