builtins.fromJSON "1e309"
