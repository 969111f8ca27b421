# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.mapAttrs (n: v: (x: builtins.typeOf x) v) { "_z" = null; "c" = 26; })
