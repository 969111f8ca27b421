builtins.fromTOML (builtins.readFile ./_fix/array-of-tables-subtables.toml)
