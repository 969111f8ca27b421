[ (builtins.pathExists ./_fix/x) (builtins.pathExists ./_fix/nope) (builtins.pathExists ./_fix/sub) ]
