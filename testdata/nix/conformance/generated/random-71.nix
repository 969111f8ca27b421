# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let f = { a ? 29, b ? a + 20 }: { inherit a b; }; in [ (f { }) (f { a = 8; }) ])
