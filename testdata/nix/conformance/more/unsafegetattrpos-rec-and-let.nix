let
  s = rec {
    a = 1;
      b = a;
  };
in map (n: builtins.removeAttrs (builtins.unsafeGetAttrPos n s) [ "file" ]) [ "a" "b" ]
