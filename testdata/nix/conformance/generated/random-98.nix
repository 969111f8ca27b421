# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.foldl' (acc: x: acc // { ${toString x} = x; }) { } [ 17 "hello world" "a" 29 ])
