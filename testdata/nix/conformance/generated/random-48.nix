# Mixed operators, coercions and builtins in one expression; compared like every other case.
({ d = "nix"; } // { b = 20; e = ({ b = 13; } ? z); })
