lib:
lib.sortOn builtins.stringLength [ "ccc" "a" "bb" "d" "" ]
