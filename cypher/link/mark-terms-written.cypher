// Documents whose tasks all carry their retrieval terms (linkTerms) now, until their next version.
UNWIND $ids AS docId
MATCH (d:Document {id: docId})
SET d.linkTermsWritten = true
