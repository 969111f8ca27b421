lib:
[ (lib.strings.replicate 3 "ab") (lib.strings.replicate 0 "x") ]
