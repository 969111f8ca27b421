builtins.toJSON ./.
