# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.elem { "a" = true; } [ { "a" = 1.5; "x-y" = 1.5; "c" = "s(-9)"; "_z" = null; } [  ] "v-1" 24 ])
