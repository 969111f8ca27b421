lib:
builtins.length (lib.mapAttrsToList (n: v: throw "lazy") { a = 1; b = 2; })
