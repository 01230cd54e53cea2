// A renamed document's global key (src/graph/identity.ts, keep-global-keys.cypher), resolved by `node(id:)`.
CREATE INDEX document_uid IF NOT EXISTS FOR (d:Document) ON (d.uid);
