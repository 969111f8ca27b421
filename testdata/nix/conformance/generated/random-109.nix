# Mixed operators, coercions and builtins in one expression; compared like every other case.
(rec { p = (builtins.hashString "sha1" "ü"); q = builtins.stringLength p; r = [ p q ]; })
