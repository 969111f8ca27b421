builtins.match [ "a" ] "a"
