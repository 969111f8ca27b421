let
  assertMsg = pred: msg: pred || builtins.throw msg;
  check = v: assert assertMsg (v > 0) "value must be positive, got ${toString v}"; v;
in check (-1)
