lib:
map (s: (builtins.tryEval (lib.toInt s)).success) [ "12" "x" "012" "1e3" " " "- 1" ]
