lib:
let mk = n: final: prev: { log = prev.log ++ [ n ]; }; in lib.fix (lib.extends (lib.composeManyExtensions [ (mk 1) (mk 2) (mk 3) ]) (final: { log = [ 0 ]; }))
