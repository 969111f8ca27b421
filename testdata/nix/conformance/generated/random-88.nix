# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.compareVersions (toString (builtins.stringLength (builtins.hashString "sha1" ""))) (builtins.substring 25 (-1) (builtins.concatStringsSep "" (map toString [ "1.2.3" 16 3 ]))))
