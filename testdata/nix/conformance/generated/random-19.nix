# Mixed operators, coercions and builtins in one expression; compared like every other case.
((x: { inherit x; t = builtins.typeOf x; }) (let x = [ ("pre-${"k8s"}") (19) ]; y = "k8s"; in [ x y ]))
