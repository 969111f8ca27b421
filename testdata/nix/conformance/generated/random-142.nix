# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let f = { a ? 26, ... }@args: [ a (builtins.attrNames args) ]; in f {  })
