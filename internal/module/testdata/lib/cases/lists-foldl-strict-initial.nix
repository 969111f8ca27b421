lib:
lib.foldl' (acc: x: x) (throw "initial accumulator is forced") [ 1 ]
