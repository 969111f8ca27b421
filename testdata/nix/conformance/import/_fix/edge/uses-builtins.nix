builtins.length [ 1 ]
