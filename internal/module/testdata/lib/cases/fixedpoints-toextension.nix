lib:
let tail = lib.fix (lib.extends (lib.toExtension { b = 2; }) (final: { a = 1; })); prevOnly = lib.fix (lib.extends (lib.toExtension (prev: { a = prev.a + 1; })) (final: { a = 1; })); full = lib.fix (lib.extends (lib.toExtension (final: prev: { c = final.a + prev.a; })) (final: { a = 1; })); in [ tail prevOnly full ]
