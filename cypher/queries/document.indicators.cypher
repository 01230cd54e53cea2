// Loader documentIndicators: one page of each document's indicators in reading order, with the total.
UNWIND $keys AS k
MATCH (d:Document {id: k.id})
CALL (d, k) {
  OPTIONAL MATCH (d)-[:HAS_INDICATOR]->(i:Indicator)
  WITH i ORDER BY i.startOffset, i.id
  WITH collect(i) AS xs
  RETURN size(xs) AS total, [i IN xs[k.skip..(k.skip + k.limit)] | {{_indicator:i}}] AS items
}
RETURN k.key AS key, {total: total, items: items} AS value
