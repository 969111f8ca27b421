# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.match "[0-9.]+" (builtins.substring 7 22 (builtins.substring 14 30 "a")))
