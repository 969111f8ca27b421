let
  merge = a: b: builtins.zipAttrsWith (n: vs:
    if builtins.all builtins.isAttrs vs then builtins.foldl' merge { } vs
    else if builtins.all builtins.isList vs then builtins.concatLists vs
    else builtins.elemAt vs (builtins.length vs - 1)) [ a b ];
in merge { a = { x = [ 1 ]; y = 1; }; b = "keep"; } { a = { x = [ 2 ]; y = 2; z = { }; }; c = [ ]; }
