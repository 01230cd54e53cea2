// Cheaper writes (issue 9, ingest throughput), measured on the bench graph by Neo4j CPU per task written:
// - `search_text` becomes eventually consistent: a transaction's full-text updates are applied by Neo4j's
//   background indexer instead of inside the commit, which about halved the server's CPU per task written.
//   Writers wait for it (db.index.fulltext.awaitEventuallyConsistentIndexRefresh, src/graph/write.ts) before
//   they report a document or a batch written, so search still sees what they wrote.
// - the range indexes on Task.deadlineEnd and Task.deadlineKind go: no query starts from them (deadlines are
//   read as coalesce(deadlineEnd, deadlineStart) after another entry point), and each cost an insert per task.
DROP INDEX task_deadline_end IF EXISTS;
DROP INDEX task_deadline_kind IF EXISTS;
DROP INDEX search_text IF EXISTS;
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Document|Task|Agency|Indicator) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } };
