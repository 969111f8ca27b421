lib: let
  base = self: { a = 1; b = self.a + 1; };
  ext = self: super: { a = super.a + 10; c = self.b * 2; };
in { fix = lib.fix base; extended = lib.fix (lib.extends ext base); }
