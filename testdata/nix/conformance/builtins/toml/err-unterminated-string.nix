builtins.fromTOML (builtins.readFile ./_fix/err-unterminated-string.toml)
