lib:
[ (lib.toInt "1337") (lib.toInt "-4") (lib.toInt " 123 ") (lib.toInt "0") (lib.toInt "\t7\n") (lib.toInt "-0") ]
