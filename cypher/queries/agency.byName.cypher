// Query agency(name, province): exact key, else exact folded name (within the province when given), the
// agency with the most tasks first.
MATCH (a:Agency)
WHERE (a.key = $raw OR a.nameKey = $nameKey)
  AND ($provinceKey IS NULL OR EXISTS { (a)-[:IN_PROVINCE]->(:Province {key: $provinceKey}) })
WITH a ORDER BY CASE WHEN a.key = $raw THEN 0 ELSE 1 END, COUNT { (a)<-[:LED_BY|COORDINATED_BY]-() } DESC, a.key
LIMIT 1
RETURN {{_agency:a}} AS value
