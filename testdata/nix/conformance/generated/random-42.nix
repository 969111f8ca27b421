# Mixed operators, coercions and builtins in one expression; compared like every other case.
[ (("bc" == "k8s")) (("pre-${("x y" + (toString 47))}" + "pre-${"x y"}")) ]
