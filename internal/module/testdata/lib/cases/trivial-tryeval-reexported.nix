lib:
[ (lib.tryEval (throw "x")) (lib.tryEval 1) ]
