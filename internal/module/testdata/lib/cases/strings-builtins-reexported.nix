lib:
[ (lib.stringLength "hello") (lib.substring 1 3 "hello") (lib.replaceStrings [ "a" "b" ] [ "1" "2" ] "abcab") (lib.strings.match "a(.)c" "abc") (lib.strings.split "," "a,b") (lib.isString "x") (lib.isString 1) (lib.typeOf 1.5) ]
