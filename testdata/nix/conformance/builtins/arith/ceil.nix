with builtins; [ (ceil 1.2) (ceil (-1.2)) (ceil 2) (ceil 2.0) (ceil 0.0) ]
