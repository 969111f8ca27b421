map (s: builtins.match "[a-cx-z]+" s) [ "abcxyz" "abd" ]
