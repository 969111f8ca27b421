builtins.concatStringsSep "," [ { __toString = s: "a"; } { outPath = "b"; } ]
