# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let f = { a ? 10, b ? a + 6 }: { inherit a b; }; in [ (f { }) (f { a = 29; }) ])
