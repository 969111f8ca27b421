map (s: builtins.match "(a|)b" s) [ "ab" "b" ]
