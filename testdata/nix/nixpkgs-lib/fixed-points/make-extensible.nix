lib: let
  obj = lib.makeExtensible (self: { x = 1; y = self.x + 1; });
  obj2 = obj.extend (self: super: { x = 10; });
in { inherit (obj) x y; x2 = obj2.x; y2 = obj2.y; }
