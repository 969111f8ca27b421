# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.zipAttrsWith (n: vs: builtins.length vs) [ { "b" = false; "_z" = "v27"; } { "c" = null; "_z" = [ false { "b" = "s21"; } ]; "b" = null; "x-y" = null; } ])
