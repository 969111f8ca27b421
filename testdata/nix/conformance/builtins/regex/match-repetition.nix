map (s: builtins.match "a{2,3}(b+)c*d?" s) [ "aabbb" "aaabccd" "abbb" "aaaab" ]
