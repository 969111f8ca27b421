lib:
lib.foldl' (acc: x: x) (throw "initial accumulator is forced") [ ]
