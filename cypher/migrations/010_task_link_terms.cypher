// Candidate retrieval for task lineage (src/graph/link-counterparts.ts): each task's folded syllable
// bigrams ("du_lieu lieu_so"), space-separated, so Lucene ranks tasks by shared distinctive wording.
CREATE FULLTEXT INDEX task_link_terms IF NOT EXISTS FOR (t:Task) ON EACH [t.linkTerms] OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
