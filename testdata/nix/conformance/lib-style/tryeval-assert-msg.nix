let
  assertMsg = pred: msg: pred || builtins.throw msg;
  check = v: assert assertMsg (v > 0) "bad"; v;
in map (v: (builtins.tryEval (check v)).success) [ 1 (-1) ]
