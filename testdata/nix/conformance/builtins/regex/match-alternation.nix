map (s: builtins.match "(foo|bar)-([0-9]+)" s) [ "foo-1" "bar-22" "baz-3" ]
