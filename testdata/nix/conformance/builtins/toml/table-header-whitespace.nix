builtins.fromTOML (builtins.readFile ./_fix/table-header-whitespace.toml)
