# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.zipAttrsWith (n: vs: builtins.length vs) [ { "x-y" = 14; "a" = "v8"; } { "a" = 15; "_z" = {  }; "b" = 21; } ])
