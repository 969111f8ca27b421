lib:
[ (lib.hasPrefix "foo" "foobar") (lib.hasPrefix "foo" "barfoo") (lib.hasPrefix "" "x") (lib.hasPrefix "long prefix" "short") ]
