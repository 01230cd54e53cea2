// The folded syllable bigrams each task is retrieved by (full-text index task_link_terms).
UNWIND $tasks AS row
MATCH (t:Task {id: row.id})
SET t.linkTerms = row.terms
