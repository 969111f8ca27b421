let f = { n = 1; __functor = self: x: self // { n = self.n + x; }; }; in ((f 2) 3).n
