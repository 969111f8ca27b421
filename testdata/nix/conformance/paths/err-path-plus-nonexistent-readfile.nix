builtins.readFile (./_fix + "/missing")
