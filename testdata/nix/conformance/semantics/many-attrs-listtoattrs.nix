builtins.length (builtins.attrNames (builtins.listToAttrs (builtins.genList (i: { name = "attr-${toString i}"; value = i; }) 20000)))
