# Mixed operators, coercions and builtins in one expression; compared like every other case.
({ e = "k8s"; } // { e = ((false -> true) || (!true)); })
