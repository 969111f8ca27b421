# Mixed operators, coercions and builtins in one expression; compared like every other case.
(if false then ([ (4) ((true || false)) (38) (1.0e3) ] ++ [ ((7.0 != 15)) ((toString 15)) ]) else (builtins.length [  ]))
