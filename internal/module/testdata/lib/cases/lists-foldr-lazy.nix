lib:
lib.foldr (x: acc: if x == 2 then "stop" else acc) (throw "end") [ 1 2 3 ]
