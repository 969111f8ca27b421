with builtins; [ (isInt (builtins.fromJSON "9223372036854775807")) (isInt (builtins.floor 2.5)) (isInt (1 + 0.0)) (isInt true) ]
