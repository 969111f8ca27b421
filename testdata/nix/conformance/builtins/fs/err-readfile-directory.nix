builtins.readFile ./_fix/tree
