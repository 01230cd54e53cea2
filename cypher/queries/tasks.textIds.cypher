// Ids of the tasks whose text matches a full-text query; intersected with a derivation in tasks.page.
CALL db.index.fulltext.queryNodes('search_text', $text, {limit: 1000000}) YIELD node
WITH node WHERE node:Task
RETURN collect(node.id) AS ids
