# Mixed operators, coercions and builtins in one expression; compared like every other case.
({ c = (!true); } // { d = ("nix" + (toString - 14)); e = (toString 11); })
