builtins.fromTOML (builtins.readFile ./_fix/err-table-after-inline.toml)
