builtins.getContext [ ]
