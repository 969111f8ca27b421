# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.elem [ 1.5 "s29" ] [ (-2) null ])
