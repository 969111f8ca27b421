lib:
[ (lib.toIntBase10 "1337") (lib.toIntBase10 "-4") (lib.toIntBase10 " 123 ") (lib.toIntBase10 "00024") (lib.toIntBase10 "000") (lib.toIntBase10 "0") ]
