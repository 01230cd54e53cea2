// Loader documentIndicators: one page of each document's indicators in reading order, with the total;
// keyset-paged on (offset, indicator key).
UNWIND $keys AS k
MATCH (d:Document {id: k.id})
CALL (d, k) {
  MATCH (d)-[:HAS_INDICATOR]->(i:Indicator)
  WITH k, i, [coalesce(i.startOffset, 2147483647), i.id] AS key ORDER BY key
  WITH k, collect({x: i, key: key}) AS rows
  {{_page.loader}}
  RETURN total, offset, [i IN page | {{_indicator:i}}] AS items, keys
}
RETURN k.key AS key, {total: total, offset: offset, items: items, keys: keys} AS value
