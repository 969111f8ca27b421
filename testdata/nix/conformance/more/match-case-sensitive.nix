[ (builtins.match "abc" "ABC") (builtins.match "[a-z]+" "abc") ]
