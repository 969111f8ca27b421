# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.partition (x: builtins.isString x) [ 29 18 "1.2.3" "a" ])
