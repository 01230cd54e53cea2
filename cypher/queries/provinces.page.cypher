// Query provinces: a page of provinces by key, with the total; keyset-paged on the key.
MATCH (p:Province)
WITH p, [p.key] AS key ORDER BY key
WITH collect({x: p, key: key}) AS rows
{{_page}}
RETURN total, offset, [p IN page | p {.key, .name}] AS items, keys
