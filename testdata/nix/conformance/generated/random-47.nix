# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let x = (builtins.toJSON (builtins.typeOf ((x: { inherit x; t = builtins.typeOf x; }) 0.5))); y = (map (v: builtins.typeOf v) [ ((19 != (40 - (- 5 * 31)))) ]); in [ x y ])
