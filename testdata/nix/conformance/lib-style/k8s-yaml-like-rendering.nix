let
  indent = n: builtins.concatStringsSep "" (builtins.genList (_: "  ") n);
  render = n: v:
    if builtins.isAttrs v then builtins.concatStringsSep "" (map (k: "\n${indent n}${k}:${render (n + 1) v.${k}}") (builtins.attrNames v))
    else if builtins.isList v then builtins.concatStringsSep "" (map (x: "\n${indent n}-${render (n + 1) x}") v)
    else " ${builtins.toJSON v}";
in render 0 { apiVersion = "v1"; kind = "ConfigMap"; metadata = { name = "cfg"; }; data = { a = "1"; b = "two"; }; list = [ 1 { x = true; } ]; }
