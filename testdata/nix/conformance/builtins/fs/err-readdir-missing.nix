builtins.readDir ./_fix/nope
