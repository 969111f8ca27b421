lib:
[ (lib.replaceString "o" "0" "foo boo") (lib.join ", " [ "a" "b" ]) ]
