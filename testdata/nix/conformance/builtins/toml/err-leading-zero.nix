builtins.fromTOML (builtins.readFile ./_fix/err-leading-zero.toml)
