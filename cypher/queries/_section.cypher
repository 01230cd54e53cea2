VAR {.id, .path, .number, .heading, .depth, .startLine, .endLine, .startOffset, .endOffset, .page, .box}
