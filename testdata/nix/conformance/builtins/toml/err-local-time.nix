builtins.fromTOML (builtins.readFile ./_fix/err-local-time.toml)
