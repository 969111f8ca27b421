with builtins; [ (floor 1.8) (floor (-1.2)) (floor 3) (floor (-0.5)) ]
