builtins.attrNames (builtins.mapAttrs (n: v: throw "value ${n}") { a = 1; b = 2; })
