let s = throw "not evaluated"; in builtins.length [ { inherit (s) a; } ]
