# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let x = ({ e = 23; d = (toString (7.0 * - 1)); } // { b = 3.0; }); y = {  }; in [ x y ])
