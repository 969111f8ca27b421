builtins.match "\\.\\*" ".*"
