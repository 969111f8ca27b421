lib:
map (lib.generators.toPretty { }) [ { __functor = self: { a, b ? 1 }: a; } { __functor = self: x: x; } (lib.setFunctionArgs (x: x) { y = true; }) ]
