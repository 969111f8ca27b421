builtins.match "(.*)(.*)" "abc"
