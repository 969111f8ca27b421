builtins.fromTOML (builtins.readFile ./_fix/nested-inline.toml)
