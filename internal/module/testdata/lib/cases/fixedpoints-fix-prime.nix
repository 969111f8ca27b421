lib:
let r = lib.fix' (self: { a = 1; b = self.a + 1; }); in [ r.b (builtins.isFunction r.__unfix__) ((r.__unfix__ { a = 10; }).b) ]
