lib:
let e = lib.makeExtensible (final: { a = 1; b = final.a * 2; }); e2 = e.extend (final: prev: { a = 5; }); e3 = e2.extend (final: prev: { b = prev.b + 1; }); in [ e.b e2.b e3.b e3.a (e3 ? extend) ]
