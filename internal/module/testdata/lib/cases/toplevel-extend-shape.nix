lib:
let
  lib2 = lib.extend (final: prev: { extra = 1; });
  lib3 = lib2.extend (final: prev: { extra = prev.extra + 1; more = final.extra; });
  added = l: builtins.filter (n: !(lib ? ${n})) (builtins.attrNames l);
in
[ (added lib2) (added lib3) lib3.extra lib3.more (lib ? __unfix__) (builtins.isFunction lib2.extend) ]
