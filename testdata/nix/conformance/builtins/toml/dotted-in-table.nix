builtins.fromTOML (builtins.readFile ./_fix/dotted-in-table.toml)
