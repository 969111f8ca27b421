lib:
let r = lib.fix (self: { a = 1; b = throw "b is never forced"; c = self.a + 1; }); in r.c
