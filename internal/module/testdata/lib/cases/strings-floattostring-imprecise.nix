lib:
[ (lib.strings.floatToString 0.0000001) (lib.strings.floatToString 123.456) (lib.strings.floatToString 1.0e20) ]
