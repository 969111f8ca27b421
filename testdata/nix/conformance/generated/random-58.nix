# Mixed operators, coercions and builtins in one expression; compared like every other case.
[ ((0.5 <= 29)) (("bc" + "bc")) ((- 18 >= 34)) ]
