with builtins; [ (bitAnd 12 10) (bitAnd (-1) 255) (bitAnd 0 7) ]
