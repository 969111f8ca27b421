let obj = { name = "x"; __toString = self: "obj(${self.name})"; }; in "${obj} and ${toString obj}"
