builtins.replaceStrings [ "aa" "a" ] [ "a" "aa" ] "aaa"
