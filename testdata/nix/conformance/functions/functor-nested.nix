let inner = { __functor = self: x: x * 2; }; outer = { __functor = self: inner; }; in outer 21
