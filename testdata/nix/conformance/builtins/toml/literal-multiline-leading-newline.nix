builtins.fromTOML (builtins.readFile ./_fix/literal-multiline-leading-newline.toml)
