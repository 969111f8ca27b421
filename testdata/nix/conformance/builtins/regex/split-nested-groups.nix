builtins.split "(([0-9])[a-z])" "x1ay2bz"
