builtins.trace "x" (builtins.trace "y" "z")
