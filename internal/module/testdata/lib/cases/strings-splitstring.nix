lib:
[ (lib.splitString "." "foo.bar.baz") (lib.splitString "/" "/usr/local/bin") (lib.splitString "," "") (lib.splitString "ab" "xabyabz") (lib.splitString "*" "a*b") (lib.splitString "-" "--") ]
