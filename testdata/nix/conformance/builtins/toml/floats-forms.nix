builtins.fromTOML (builtins.readFile ./_fix/floats-forms.toml)
