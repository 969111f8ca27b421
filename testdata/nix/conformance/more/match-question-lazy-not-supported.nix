builtins.match "(a+?)" "aa"
