builtins.getContext (toString ./.)
