map (s: builtins.match "[.*+?()|]+" s) [ ".*+?()|" "a" ]
