lib:
[ (lib.strings.commonPrefixLength "foobar" "fooqux") (lib.strings.commonSuffixLength "foobar" "quxbar") (lib.strings.commonPrefixLength "" "a") (lib.strings.commonSuffixLength "aaa" "aa") ]
