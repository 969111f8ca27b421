builtins.fromTOML (builtins.readFile ./_fix/empty-tables.toml)
