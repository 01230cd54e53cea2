// Agencies are shared across documents: merge by key, keep every spelling seen as an alias.
UNWIND $agencies AS a
MERGE (ag:Agency {key: a.key})
ON CREATE SET ag.name = a.name, ag.aliases = []
WITH ag, a
// An agency already stored as this document names it is left untouched: no write lock is taken, so
// documents sharing a province's agencies commit side by side instead of queueing on them.
WHERE ag.nameKey IS NULL OR ag.nameKey <> a.nameKey OR coalesce(ag.type, '') <> coalesce(a.type, '')
   OR coalesce(ag.isGroup, false) <> coalesce(a.isGroup, false) OR any(x IN a.aliases WHERE NOT x IN ag.aliases)
SET ag.nameKey = a.nameKey,
    ag.type = a.type,
    ag.isGroup = a.isGroup,
    ag.province = a.province.name,
    ag.aliases = reduce(acc = coalesce(ag.aliases, []), x IN a.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET ag.searchText = ag.name + ' ' + reduce(s = '', x IN ag.aliases | s + ' ' + x)
WITH ag, a
CALL (ag, a) {
  WITH ag, a WHERE a.province IS NOT NULL
  MERGE (p:Province {key: a.province.key})
  ON CREATE SET p.name = a.province.name, p.nameKey = a.province.nameKey
  MERGE (ag)-[:IN_PROVINCE]->(p)
}
RETURN count(ag) AS agencies
