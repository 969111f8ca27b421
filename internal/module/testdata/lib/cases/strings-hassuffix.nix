lib:
[ (lib.hasSuffix "bar" "foobar") (lib.hasSuffix "foo" "foobar") (lib.hasSuffix "" "x") (lib.hasSuffix "toolong" "x") ]
