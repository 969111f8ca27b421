# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.attrNames ({ a = ("pre-${"bc"}" + (toString 1.0e3)); } // { d = false; b = (toString - 14); }))
