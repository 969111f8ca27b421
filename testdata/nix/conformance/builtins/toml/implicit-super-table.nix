builtins.fromTOML (builtins.readFile ./_fix/implicit-super-table.toml)
