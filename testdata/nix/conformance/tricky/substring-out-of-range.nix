with builtins; [ (substring 5 (-1) "abc") (substring 3 0 "abc") (substring 0 (-5) "abc") (substring 1 1 "") ]
