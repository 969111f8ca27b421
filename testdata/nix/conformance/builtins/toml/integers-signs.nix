builtins.fromTOML (builtins.readFile ./_fix/integers-signs.toml)
