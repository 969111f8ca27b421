builtins.stringLength (builtins.concatStringsSep "" (builtins.genList (x: "abc") 1000))
