with builtins; [ (isString "") (isString ./.) (isString 1) (isString "${"x"}") (isString (toString 1)) ]
