# Mixed operators, coercions and builtins in one expression; compared like every other case.
("k8s" + (toString (34 - 0.1)))
