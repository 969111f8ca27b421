builtins.pathExists (toString ./_fix/tree + "/")
