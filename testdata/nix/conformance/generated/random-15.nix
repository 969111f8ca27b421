# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.toJSON ({ c = ((("pre-${("x y" + (toString 49))}" + (toString (7.0 + 5))) + "pre-${("x y" + "pre-${(toString 38)}")}") == "k8s"); a = 15; d = ("pre-${("k8s" + "")}" == (toString (0 - 37))); } // { a = 46; c = true; d = ({ a = false; e = true; } ? a); }))
