builtins.readDir "relative"
