# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.mapAttrs (n: v: (x: builtins.isAttrs x && x ? a) v) { "c" = null; "a" = null; "b" = false; })
