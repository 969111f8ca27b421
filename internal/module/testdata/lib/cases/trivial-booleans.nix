lib:
[ (lib.boolToString true) (lib.boolToString false) (lib.trivial.boolToYesNo true) (lib.and true false) (lib.or true false) (lib.xor true false) (lib.xor true true) (lib.xor false false) ]
