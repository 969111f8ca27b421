builtins.attrNames (builtins.intersectAttrs { a = throw "l"; } { a = throw "r"; b = 1; })
