let s = { a.b = 1; }; in builtins.removeAttrs (builtins.unsafeGetAttrPos "a" s) [ "file" ]
