builtins.readDir ./_fix
