lib:
[ (lib.removePrefix "foo." "foo.bar.baz") (lib.removePrefix "xxx" "foo.bar.baz") (lib.removeSuffix "front" "homefront") (lib.removeSuffix "xxx" "homefront") (lib.removeSuffix "" "abc") (lib.removePrefix "abc" "abc") ]
