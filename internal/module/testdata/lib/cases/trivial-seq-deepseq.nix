lib:
[ (lib.seq 1 2) (lib.deepSeq [ 1 { a = 2; } ] 3) (builtins.tryEval (lib.seq (throw "x") 1)).success (builtins.tryEval (lib.deepSeq [ (throw "x") ] 1)).success (builtins.tryEval (lib.seq [ (throw "x") ] 1)).success ]
