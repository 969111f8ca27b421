with builtins; [ (isNull (builtins.fromJSON "null")) (isNull { }.a or null) (isNull "") (isNull [ ]) ]
