lib:
let base = final: { a = 1; b = final.a + 1; }; ext = final: prev: { a = prev.a + 10; c = final.b; }; in lib.fix (lib.extends ext base)
