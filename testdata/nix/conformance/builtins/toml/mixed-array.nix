builtins.fromTOML (builtins.readFile ./_fix/mixed-array.toml)
