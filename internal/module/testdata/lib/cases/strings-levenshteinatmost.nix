lib:
let pairs = [ [ "" "" ] [ "a" "b" ] [ "ab" "ba" ] [ "foo" "fo" ] [ "foo" "bar" ] [ "enable" "enabel" ] [ "aa" "a" ] [ "abcd" "ab" ] [ "abcdef" "abXdeY" ] [ "xyz" "xyzzzz" ] [ "services" "service" ] [ "port" "prot" ] ]; in map (k: map (p: lib.strings.levenshteinAtMost k (builtins.elemAt p 0) (builtins.elemAt p 1)) pairs) [ 0 1 2 3 ]
