# Mixed operators, coercions and builtins in one expression; compared like every other case.
(if true then (builtins.typeOf (map (v: builtins.typeOf v) [  ])) else (map (v: builtins.typeOf v) [ ((!false)) ]))
