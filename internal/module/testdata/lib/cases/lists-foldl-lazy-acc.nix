lib:
lib.foldl (acc: x: x) (throw "initial") [ 1 2 ]
