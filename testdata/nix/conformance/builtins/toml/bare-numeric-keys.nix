builtins.fromTOML (builtins.readFile ./_fix/bare-numeric-keys.toml)
