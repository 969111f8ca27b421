# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.match "[0-9.]+" (builtins.substring 20 7 (builtins.replaceStrings [ "" ] [ "ü" ] "x.y")))
