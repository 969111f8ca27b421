let lib = import ./_lib; in { range = lib.range 3 7; empty = lib.range 5 4; flat = lib.flatten [ 1 [ 2 [ 3 [ ] ] ] [ [ 4 ] ] ]; uniq = lib.unique [ 3 1 3 2 1 ]; }
