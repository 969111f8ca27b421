builtins.bitXor 1 2.0
