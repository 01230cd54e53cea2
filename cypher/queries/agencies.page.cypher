// Query agencies: a page of agencies by name, with the total; keyset-paged on (nameKey, key).
MATCH (a:Agency)
WHERE ($nameKey IS NULL OR a.nameKey CONTAINS $nameKey OR a.key = $nameRaw)
  AND ($provinceKey IS NULL
       OR ($provinceKey = 'central' AND a.province IS NULL)
       OR EXISTS { (a)-[:IN_PROVINCE]->(:Province {key: $provinceKey}) })
  AND ($type IS NULL OR a.type = $type)
WITH a, [coalesce(a.nameKey, ''), a.key] AS key ORDER BY key
WITH collect({x: a, key: key}) AS rows
{{_page}}
RETURN total, offset, [a IN page | {{_agency:a}}] AS items, keys
