let s = { x = 1; y = throw "not needed"; }; in { inherit (s) x y; }.x
