// Query provinces: a page of provinces by name, with the total.
MATCH (p:Province)
WITH p ORDER BY p.key
WITH collect(p) AS xs
RETURN size(xs) AS total, [p IN xs[$skip..($skip + $limit)] | p {.key, .name}] AS items
