// Whether a document needs (re)linking: new or changed since it was last linked.
MATCH (d:Document {id: $id})
RETURN d.linkedHash IS NULL OR d.linkedHash <> d.extractionHash AS stale
