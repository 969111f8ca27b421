lib:
[ (lib.trim "   hello, world!   ") (lib.trim "\t\n x y \r\n") (lib.trim "") (lib.trim "   ") (lib.strings.trimWith { start = true; } "  a  ") (lib.strings.trimWith { end = true; } "  a  ") (lib.strings.trimWith { } "  a  ") ]
