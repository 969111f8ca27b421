# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let x = (map (v: builtins.typeOf v) [ ("pre-${(toString - 15)}") (false) ((false -> false)) ]); y = (builtins.typeOf (builtins.attrNames ({ e = (toString 1.0e3); b = (toString 10.0); c = "k8s"; } // { b = (toString 1.5); }))); in [ x y ])
