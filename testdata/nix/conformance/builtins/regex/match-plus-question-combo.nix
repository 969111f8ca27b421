map (s: builtins.match "(x+)?y" s) [ "y" "xxy" ]
