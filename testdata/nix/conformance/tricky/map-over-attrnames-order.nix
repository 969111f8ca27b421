let s = { c = 3; a = 1; b = 2; }; in map (n: s.${n}) (builtins.attrNames s)
