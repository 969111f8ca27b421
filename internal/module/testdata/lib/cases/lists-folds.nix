lib:
[ (lib.foldr (x: acc: "(${x} ${acc})") "z" [ "a" "b" "c" ]) (lib.foldl (acc: x: "(${acc} ${x})") "z" [ "a" "b" "c" ]) (lib.foldl' (acc: x: acc + x) 0 [ 1 2 3 ]) ]
