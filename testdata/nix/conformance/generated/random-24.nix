# Mixed operators, coercions and builtins in one expression; compared like every other case.
({  } // { e = ((15 * 26) * (- 9 * 10.0)); })
