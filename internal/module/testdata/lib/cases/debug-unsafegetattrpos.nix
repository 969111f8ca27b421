lib:
builtins.isAttrs (lib.unsafeGetAttrPos "a" { a = 1; })
