# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.attrNames ({ c = (toString 22); } // { e = ((18 - 0) * (3.0 + 21)); }))
