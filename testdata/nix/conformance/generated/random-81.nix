# Mixed operators, coercions and builtins in one expression; compared like every other case.
(rec { p = "x.y"; q = builtins.stringLength p; r = [ p q ]; })
