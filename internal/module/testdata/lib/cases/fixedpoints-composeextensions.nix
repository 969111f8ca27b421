lib:
let f = final: prev: { x = prev.x + 1; y = "f"; }; g = final: prev: { x = prev.x * 10; z = prev.y; }; in lib.fix (lib.extends (lib.composeExtensions f g) (final: { x = 1; }))
