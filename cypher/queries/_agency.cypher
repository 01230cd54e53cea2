VAR {.key, .name, .aliases, .type, isGroup: coalesce(VAR.isGroup, false), .province}
