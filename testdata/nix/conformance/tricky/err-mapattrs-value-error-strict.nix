builtins.mapAttrs (n: v: throw "value ${n}") { a = 1; }
