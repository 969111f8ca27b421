builtins.fromTOML (builtins.readFile ./_fix/booleans-and-comments.toml)
