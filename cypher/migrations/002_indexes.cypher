// Lookup and filter indexes used by the API's named queries.
CREATE INDEX document_symbol_key IF NOT EXISTS FOR (d:Document) ON (d.symbolKey);
CREATE INDEX document_number IF NOT EXISTS FOR (d:Document) ON (d.number);
CREATE INDEX document_province IF NOT EXISTS FOR (d:Document) ON (d.province);
CREATE INDEX document_issued_on IF NOT EXISTS FOR (d:Document) ON (d.issuedOn);
CREATE INDEX task_deadline_end IF NOT EXISTS FOR (t:Task) ON (t.deadlineEnd);
CREATE INDEX task_deadline_kind IF NOT EXISTS FOR (t:Task) ON (t.deadlineKind);
CREATE INDEX agency_name_key IF NOT EXISTS FOR (a:Agency) ON (a.nameKey);
// Full-text search across entities; standard-folding folds Vietnamese diacritics (ệ→e, đ→d).
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Document|Task|Agency|Indicator) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
