// As _page, for a page loader: each key k carries its own cursor (k.after) and size (k.limit).
WITH rows, size([r IN rows WHERE k.after IS NOT NULL AND r.key <= k.after]) AS skip
WITH size(rows) AS total, skip AS offset, rows[skip..(skip + k.limit)] AS window
WITH total, offset, [r IN window | r.x] AS page, [r IN window | r.key] AS keys
