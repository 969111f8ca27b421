# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let f = { a ? 21, b ? a + 23 }: { inherit a b; }; in [ (f { }) (f { a = 24; }) ])
