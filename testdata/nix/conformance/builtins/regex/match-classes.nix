map (s: builtins.match "[[:alpha:]]+([[:digit:]]*)[[:space:]]*" s) [ "abc123 " "ABC" "1abc" ]
