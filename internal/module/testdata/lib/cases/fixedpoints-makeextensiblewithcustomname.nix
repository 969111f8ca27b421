lib:
let e = lib.makeExtensibleWithCustomName "override" (final: { a = 1; }); in [ (e.override (final: prev: { a = 2; })).a (e ? extend) ]
