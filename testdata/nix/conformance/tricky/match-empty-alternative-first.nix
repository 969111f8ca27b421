map (s: builtins.match "(|a)b" s) [ "b" "ab" ]
