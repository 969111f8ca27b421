# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.attrNames ({ d = - 5; c = (!false); b = "pre-${""}"; } // { a = "bc"; b = 50; }))
