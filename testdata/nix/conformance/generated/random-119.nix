# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let f = { a ? 11, b ? a + 25 }: { inherit a b; }; in [ (f { }) (f { a = 17; }) ])
