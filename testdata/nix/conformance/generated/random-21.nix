# Mixed operators, coercions and builtins in one expression; compared like every other case.
(if true then (builtins.typeOf (builtins.length [ (false) (false) (22) ])) else ({ e = false; d = false; } ? z))
