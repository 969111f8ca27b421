# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.fromJSON (builtins.toJSON { s = (builtins.replaceStrings [ "ü" ] [ "" ] (builtins.hashString "sha1" "hello world")); l = [ 13 "" ]; }))
