builtins.mapAttrs (n: v: w: v) { a = 1; }
