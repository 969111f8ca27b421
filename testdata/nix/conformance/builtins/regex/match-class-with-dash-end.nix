map (s: builtins.match "[a-]+" s) [ "a-a" "b" ]
