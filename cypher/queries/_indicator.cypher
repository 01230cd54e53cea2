VAR {.id, .ordinal, .name, .unit, .target, .value, .comparator, .period, .group, .agencyName, .startLine, .endLine, .startOffset, .endOffset}
