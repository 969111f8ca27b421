let s = { a.b.c = 1; a.b.d = 2; }; in [ (builtins.removeAttrs (builtins.unsafeGetAttrPos "b" s.a) [ "file" ]) (builtins.removeAttrs (builtins.unsafeGetAttrPos "d" s.a.b) [ "file" ]) ]
