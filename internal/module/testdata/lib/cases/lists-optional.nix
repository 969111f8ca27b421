lib:
[ (lib.optional true 1) (lib.optional false 1) (lib.optional false (throw "lazy")) (lib.optional true [ 2 ]) ]
