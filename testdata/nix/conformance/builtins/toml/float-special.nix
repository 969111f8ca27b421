builtins.fromTOML (builtins.readFile ./_fix/float-special.toml)
