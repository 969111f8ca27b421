with builtins; [ (isFloat (builtins.fromJSON "1.0")) (isFloat (builtins.fromJSON "1")) (isFloat 0.0) (isFloat "1.0") ]
