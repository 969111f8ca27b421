builtins.readDir ./_fix/tree
