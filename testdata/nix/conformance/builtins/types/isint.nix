with builtins; [ (isInt 1) (isInt 1.0) (isInt "1") (isInt (-5)) ]
