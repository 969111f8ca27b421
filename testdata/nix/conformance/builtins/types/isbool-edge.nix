with builtins; [ (isBool (1 == 1)) (isBool (builtins.fromJSON "false")) (isBool "true") (isBool (builtins.tryEval 1).success) ]
