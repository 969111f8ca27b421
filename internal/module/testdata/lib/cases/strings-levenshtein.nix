lib:
map (p: lib.strings.levenshtein (builtins.elemAt p 0) (builtins.elemAt p 1)) [ [ "" "" ] [ "a" "" ] [ "kitten" "sitting" ] [ "flaw" "lawn" ] [ "abc" "abc" ] [ "abcdef" "azced" ] ]
