// Whether the row (s, d, off, t) sorts at or before the keyset cursor $after; false without a cursor.
($after IS NOT NULL AND (
  CASE WHEN $order = 'DEADLINE_DESC' THEN s > $after.s ELSE s < $after.s END
  OR (s = $after.s AND (d.id < $after.d OR (d.id = $after.d AND (off < $after.o OR (off = $after.o AND t.id <= $after.t)))))
))
