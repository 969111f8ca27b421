builtins.fromTOML (builtins.readFile ./_fix/config.toml)
