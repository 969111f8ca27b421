builtins.match "(ab)+" "ababab"
