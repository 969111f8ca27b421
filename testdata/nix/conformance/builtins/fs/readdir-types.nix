builtins.attrValues (builtins.readDir ./_fix/tree)
