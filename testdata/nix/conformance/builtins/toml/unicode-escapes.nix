builtins.fromTOML (builtins.readFile ./_fix/unicode-escapes.toml)
