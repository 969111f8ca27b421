let lib = import ./_lib; in lib.fix (self: { a = 1; b = self.a + 1; c = "${toString self.b}!"; })
