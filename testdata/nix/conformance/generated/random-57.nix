# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.attrNames ({ d = (!(true && false)); e = 2.25; b = false; } // { c = (!(!true)); d = 49; }))
