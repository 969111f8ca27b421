builtins.attrNames (builtins.readDir ./_fix/linkdir)
