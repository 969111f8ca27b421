# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.mapAttrs (n: v: (x: builtins.toJSON x) v) { "c" = [ [ 15 1.5 ] ]; "a" = false; "_z" = null; "x-y" = null; })
