# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.parseDrvName (toString (builtins.stringLength (builtins.concatStringsSep "" (map toString [ "b-c" ])))))
