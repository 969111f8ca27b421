lib:
[ (lib.toInt "-0") (lib.toIntBase10 "-0") (lib.toIntBase10 "  -12  ") ]
