CASE WHEN src IS NULL THEN null ELSE {{_document:src}} END AS source, CASE WHEN named IS NULL THEN null ELSE {{_document:named}} END AS named
