with builtins; [ (bitOr 12 10) (bitOr (-8) 3) (bitOr 0 0) ]
