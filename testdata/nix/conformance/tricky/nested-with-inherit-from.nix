let s = { a = { x = 1; }; }; in with s; { inherit (a) x; }
