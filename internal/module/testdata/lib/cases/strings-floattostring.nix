lib:
[ (lib.strings.floatToString 0.5) (lib.strings.floatToString 2.0) ]
