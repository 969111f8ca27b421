map (s: builtins.match "a{2,}" s) [ "a" "aa" "aaaa" ]
