builtins.toJSON "😀 ünïcödé"
