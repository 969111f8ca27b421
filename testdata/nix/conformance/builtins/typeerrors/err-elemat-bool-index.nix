builtins.elemAt [ 1 ] true
