let s = { a = 1; } // { b = 2; }; in [ (builtins.removeAttrs (builtins.unsafeGetAttrPos "a" s) [ "file" ]) (builtins.removeAttrs (builtins.unsafeGetAttrPos "b" s) [ "file" ]) ]
