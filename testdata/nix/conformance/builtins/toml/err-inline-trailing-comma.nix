builtins.fromTOML (builtins.readFile ./_fix/err-inline-trailing-comma.toml)
