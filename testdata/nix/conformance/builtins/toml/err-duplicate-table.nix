builtins.fromTOML (builtins.readFile ./_fix/err-duplicate-table.toml)
