lib:
lib.sublist 1 1 [ (throw "a") 2 (throw "c") ]
