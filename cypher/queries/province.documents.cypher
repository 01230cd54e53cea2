// Loader provinceDocuments: one page of each province's documents, by symbol, with the total.
UNWIND $keys AS k
MATCH (p:Province {key: k.id})
CALL (p, k) {
  OPTIONAL MATCH (p)<-[:IN_PROVINCE]-(d:Document)
  WITH d ORDER BY coalesce(d.symbol, '~'), d.id
  WITH collect(d) AS xs
  RETURN size(xs) AS total, [d IN xs[k.skip..(k.skip + k.limit)] | {{_document:d}}] AS items
}
RETURN k.key AS key, {total: total, items: items} AS value
