with builtins; [ (div 10 3) (div (-10) 3) (div 10 4.0) (div 1 3.0) ]
