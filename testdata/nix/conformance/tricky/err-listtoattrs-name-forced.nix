builtins.attrNames (builtins.listToAttrs [ { name = throw "name is forced"; value = 1; } ])
