[t IN page | CASE WHEN $fields IS NULL THEN {{_task:t}} ELSE [k IN $fields | CASE WHEN k IN ['deadlineStart', 'deadlineEnd'] THEN toString(t[k]) ELSE t[k] END] END] AS items
