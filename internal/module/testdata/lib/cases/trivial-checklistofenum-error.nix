lib:
lib.checkListOfEnum "fruits" [ "apple" "pear" ] [ "banana" "apple" "kiwi" ] true
