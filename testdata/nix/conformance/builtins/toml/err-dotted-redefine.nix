builtins.fromTOML (builtins.readFile ./_fix/err-dotted-redefine.toml)
