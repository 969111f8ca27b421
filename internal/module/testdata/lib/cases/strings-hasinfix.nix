lib:
[ (lib.hasInfix "bc" "abcd") (lib.hasInfix "ab" "defg") (lib.hasInfix "" "") (lib.hasInfix "." "abc") (lib.hasInfix "a.c" "xa.cx") (lib.hasInfix "[x]" "[x]") (lib.hasInfix "\n" "a\nb") ]
