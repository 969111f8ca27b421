builtins.fromJSON "\"\\\\u00\""
