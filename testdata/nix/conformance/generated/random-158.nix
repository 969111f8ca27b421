# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.zipAttrsWith (n: vs: builtins.length vs) [ { "b" = null; "_z" = false; } { "_z" = [ false "v(-6)" ]; "b" = "v31"; "x-y" = false; } ])
