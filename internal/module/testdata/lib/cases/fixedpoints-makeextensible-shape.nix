lib:
let
  e = lib.makeExtensible (final: { a = 1; });
in
[ (builtins.attrNames e) (builtins.attrNames (e.extend (final: prev: { b = 2; }))) ((e.__unfix__ { a = 5; }).a) ]
