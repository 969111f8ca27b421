builtins.attrNames (builtins.zipAttrsWith (n: vs: throw "lazy") [ { a = 1; } { b = 2; } ])
