let o = { __functor = self: x: x * 2; __toString = self: "functor-object"; }; in [ (o 21) "${o}" (toString o) ]
