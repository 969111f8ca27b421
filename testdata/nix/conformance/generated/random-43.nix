# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let x = { c = "bc"; }; y = ({ e = "pre-${"bc"}"; a = (false || true); } // {  }); in [ x y ])
