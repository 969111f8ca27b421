import == builtins.import
