with builtins; [ (bitAnd (-8) (-3)) (bitOr (-8) (-3)) (bitXor (-8) (-3)) (bitXor 9223372036854775807 (-1)) ]
