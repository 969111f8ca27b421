with builtins; [ (tail [ [ ] ]) (tail (tail [ 1 2 3 ])) (length (tail (genList (x: x) 1000))) ]
