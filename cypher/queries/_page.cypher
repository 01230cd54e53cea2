// The page of `rows` (a list of {x, key}, ordered by key) after the keyset cursor $after (the key of the last
// row seen), with the total: rows at or before the cursor lead the list, so their count is where the page
// starts, and a row added or removed before the cursor meanwhile moves nothing after it. Yields total, offset,
// page (the rows' x) and keys (their keys, for the cursors).
WITH rows, size([r IN rows WHERE $after IS NOT NULL AND r.key <= $after]) AS skip
WITH size(rows) AS total, skip AS offset, rows[skip..(skip + $limit)] AS window
WITH total, offset, [r IN window | r.x] AS page, [r IN window | r.key] AS keys
