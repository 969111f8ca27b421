# Mixed operators, coercions and builtins in one expression; compared like every other case.
({ b = false; } // { e = ((true -> true) || (true || false)); })
