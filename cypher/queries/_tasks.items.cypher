[t IN page | {{^fields}}{{_task:t}}{{/fields}}{{#fields}}[k IN $fields | CASE WHEN k IN ['deadlineStart', 'deadlineEnd'] THEN toString(t[k]) ELSE t[k] END]{{/fields}}] AS items
