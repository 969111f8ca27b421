builtins.hashString "md5" { outPath = "x"; }
