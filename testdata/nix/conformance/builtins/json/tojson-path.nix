builtins.toJSON (toString ./.)
