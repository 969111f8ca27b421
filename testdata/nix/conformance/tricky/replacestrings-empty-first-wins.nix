builtins.replaceStrings [ "" "a" ] [ "x" "y" ] "ab"
