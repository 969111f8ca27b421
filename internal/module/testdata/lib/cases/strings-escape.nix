lib:
[ (lib.escape [ "(" ")" ] "(foo)") (lib.escape [ "\\" "\"" ] "a\"b\\c") (lib.escape [ ] "x") ]
