# Mixed operators, coercions and builtins in one expression; compared like every other case.
{ c = 1.5; e = (toString 50); }
