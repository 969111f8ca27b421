"value: ${builtins.toJSON 0.1} and ${builtins.toJSON (1.0 / 3)}"
