VAR {.id, .ordinal, .name, .unit, .target, .value, .valueMin, .valueMax, .comparator, .period, .group, .agencyName, .startLine, .endLine, .startOffset, .endOffset, .page, .box}
