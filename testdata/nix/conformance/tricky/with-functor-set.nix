with { __functor = self: x: x; v = 1; }; v
