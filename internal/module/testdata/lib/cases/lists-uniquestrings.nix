lib:
lib.lists.uniqueStrings [ "b" "a" "b" "c" "a" ]
