# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.mapAttrs (n: v: (x: builtins.toJSON x) v) { "c" = "v34"; "b" = {  }; "a" = { "b" = 1.5; "x-y" = null; }; "_z" = "v26"; })
