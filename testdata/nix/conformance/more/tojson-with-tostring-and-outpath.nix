builtins.toJSON [ { __toString = s: "ts"; } { outPath = "/op"; } ]
