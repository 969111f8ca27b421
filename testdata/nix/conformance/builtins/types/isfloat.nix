with builtins; [ (isFloat 1.0) (isFloat 1) (isFloat (1 * 1.0)) (isFloat (ceil 1.5)) ]
