builtins.fromTOML (builtins.readFile ./_fix/err-offset-datetime.toml)
