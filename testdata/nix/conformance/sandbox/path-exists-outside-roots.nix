builtins.pathExists /etc
