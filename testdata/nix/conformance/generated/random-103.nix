# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.parseDrvName ''
    indented ${(builtins.replaceStrings [ "x.y" ] [ "a" ] "hello world")}
'')
