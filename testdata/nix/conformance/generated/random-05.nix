# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let x = ((x: { inherit x; t = builtins.typeOf x; }) {  }); y = { b = false; d = - 3; }; in [ x y ])
