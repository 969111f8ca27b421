builtins.toJSON "\u{1F600}"
