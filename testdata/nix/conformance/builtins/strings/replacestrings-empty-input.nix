builtins.replaceStrings [ "a" ] [ "b" ] ""
