CASE WHEN $prefetch.agencyFields IS NULL THEN {{_agency:VAR}} ELSE [k IN $prefetch.agencyFields | CASE k WHEN 'isGroup' THEN coalesce(VAR.isGroup, false) ELSE VAR[k] END] END
