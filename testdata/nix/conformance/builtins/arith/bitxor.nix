with builtins; [ (bitXor 12 10) (bitXor (-1) 0) (bitXor 5 5) ]
