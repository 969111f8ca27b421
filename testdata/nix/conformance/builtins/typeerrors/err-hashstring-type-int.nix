builtins.hashString 256 "a"
