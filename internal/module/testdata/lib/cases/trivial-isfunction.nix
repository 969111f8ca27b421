lib:
map lib.isFunction [ (x: x) { __functor = self: x: x; } { } 1 builtins.head (lib.setFunctionArgs (x: x) { }) "f" ]
