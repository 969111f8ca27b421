builtins.hasContext (toString ./.)
