[ { __toString = self: "in list"; } { outPath = "/p"; } ]
