with builtins; [ (bitXor 0 0) (bitXor (-1) (-1)) (bitXor 9223372036854775807 1) (bitXor 6 3) ]
