builtins.typeOf (./_fix + "/sub")
