lib:
lib.mergeAttrsList (builtins.genList (i: { "k${toString (lib.mod i 7)}" = i; }) 40)
