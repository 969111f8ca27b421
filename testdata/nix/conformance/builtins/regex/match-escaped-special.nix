map (s: builtins.match "([0-9]+)\\.([0-9]+)" s) [ "1.2" "1x2" ]
