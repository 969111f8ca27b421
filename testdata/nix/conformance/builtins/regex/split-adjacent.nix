builtins.split "," ",,"
