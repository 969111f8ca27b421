builtins.fromTOML (builtins.readFile ./_fix/strings.toml)
