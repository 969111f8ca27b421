# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.compareVersions "b-c" (builtins.concatStringsSep "ü" (map toString [ 8 "b-c" ])))
