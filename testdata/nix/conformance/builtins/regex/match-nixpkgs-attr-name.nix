map (s: builtins.match "[a-zA-Z_][a-zA-Z0-9_'-]*" s) [ "foo-bar'" "1abc" "_x" ]
