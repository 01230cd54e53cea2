// Loader provinceDocuments: one page of each province's documents, by symbol, with the total; keyset-paged
// on (symbol, document key).
UNWIND $keys AS k
MATCH (p:Province {key: k.id})
CALL (p, k) {
  MATCH (p)<-[:IN_PROVINCE]-(d:Document)
  WITH k, d, [coalesce(d.symbol, '~'), d.id] AS key ORDER BY key
  WITH k, collect({x: d, key: key}) AS rows
  {{_page.loader}}
  RETURN total, offset, [d IN page | {{_document:d}}] AS items, keys
}
RETURN k.key AS key, {total: total, offset: offset, items: items, keys: keys} AS value
