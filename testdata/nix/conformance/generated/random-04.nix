# Mixed operators, coercions and builtins in one expression; compared like every other case.
({ e = (13 - 28); b = "pre-${(toString 0.1)}"; } // {  })
