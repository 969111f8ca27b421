with builtins; [ (isBool true) (isBool false) (isBool null) (isBool 0) ]
