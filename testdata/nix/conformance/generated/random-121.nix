# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let s = { "c" = { "b" = 1.5; "x-y" = null; "c" = true; "a" = "s19"; }; "a" = [  ]; "_z" = null; "x-y" = [ { "a" = (-2); } (-5) ]; }; t = { "a" = false; "b" = 36; }; in [ (s // t) (builtins.intersectAttrs s t) (s == t) ])
