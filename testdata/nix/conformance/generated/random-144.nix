# Mixed operators, coercions and builtins in one expression; compared like every other case.
(map (x: builtins.isAttrs x && x ? a) [ null { "x-y" = 1.5; "a" = "s(-8)"; "b" = null; } [  ] 3 ])
