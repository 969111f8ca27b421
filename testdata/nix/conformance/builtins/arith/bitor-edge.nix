with builtins; [ (bitOr 0 (-1)) (bitOr 9223372036854775807 (-9223372036854775807 - 1)) (bitOr 5 5) (bitOr 1 2) ]
