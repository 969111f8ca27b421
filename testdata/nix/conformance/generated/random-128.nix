# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.elem false [ [ "s(-1)" "s9" ] 31 { "_z" = 27; "c" = 1.5; "x-y" = null; } ])
