builtins.fromTOML (builtins.readFile ./_fix/unicode-keys.toml)
