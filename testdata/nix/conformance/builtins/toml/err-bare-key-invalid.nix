builtins.fromTOML (builtins.readFile ./_fix/err-bare-key-invalid.toml)
