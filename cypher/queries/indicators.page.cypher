// Query indicators: a page of indicators in document reading order, with the total; keyset-paged on
// (document key, offset, indicator key).
CALL () {
  WITH $text AS q WITH q WHERE q IS NULL
  MATCH (i:Indicator) RETURN i
  UNION
  WITH $text AS q WITH q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_text', q, {limit: 1000000}) YIELD node
  WITH node WHERE node:Indicator
  RETURN node AS i
}
MATCH (d:Document)-[:HAS_INDICATOR]->(i)
WHERE ($documentId IS NULL OR d.id = $documentId)
  AND ($provinceKey IS NULL OR EXISTS { (d)-[:IN_PROVINCE]->(:Province {key: $provinceKey}) })
  AND ($agencyKey IS NULL
       OR toLower(coalesce(i.agencyName, '')) CONTAINS $agencyLower
       OR EXISTS { (i)-[:REPORTED_BY]->(a:Agency) WHERE a.nameKey CONTAINS $agencyKey })
WITH i, [d.id, coalesce(i.startOffset, 2147483647), i.id] AS key ORDER BY key
WITH collect({x: i, key: key}) AS rows
{{_page}}
RETURN total, offset, [i IN page | {{_indicator:i}}] AS items, keys
