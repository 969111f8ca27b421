let lib = import ./_lib; in [ (lib.foldr (x: acc: "(${x}${acc})") "" [ "a" "b" "c" ]) (lib.foldl (acc: x: "(${acc}${x})") "" [ "a" "b" "c" ]) ]
