lib:
builtins.attrNames (lib.getAttrs [ "a" "zz" ] { a = 1; })
