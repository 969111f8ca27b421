map (x: (builtins.tryEval (if x == 2 then throw "two" else x)).success) [ 1 2 3 ]
