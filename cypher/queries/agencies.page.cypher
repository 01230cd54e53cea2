// Query agencies: a page of agencies by name, with the total.
MATCH (a:Agency)
WHERE ($nameKey IS NULL OR a.nameKey CONTAINS $nameKey OR a.key = $nameRaw)
  AND ($provinceKey IS NULL
       OR ($provinceKey = 'central' AND a.province IS NULL)
       OR EXISTS { (a)-[:IN_PROVINCE]->(:Province {key: $provinceKey}) })
  AND ($type IS NULL OR a.type = $type)
WITH a ORDER BY a.nameKey, a.key
WITH collect(a) AS xs
RETURN size(xs) AS total, [a IN xs[$skip..($skip + $limit)] | {{_agency:a}}] AS items
