let x = 1; s = { inherit x; }; in builtins.removeAttrs (builtins.unsafeGetAttrPos "x" s) [ "file" ]
