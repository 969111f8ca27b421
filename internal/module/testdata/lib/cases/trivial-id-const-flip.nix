lib:
[ (lib.id 5) (lib.const 1 (throw "lazy")) (lib.flip lib.concat [ 1 ] [ 2 ]) (lib.flip (a: b: a - b) 1 10) ]
