lib: let
  o1 = final: prev: { n = prev.n + 1; };
  o2 = final: prev: { n = prev.n * 2; m = final.n; };
  composed = lib.composeManyExtensions [ o1 o2 ];
in lib.fix (lib.extends composed (self: { n = 1; }))
