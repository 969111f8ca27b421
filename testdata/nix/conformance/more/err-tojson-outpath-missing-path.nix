builtins.toJSON [ { __toString = s: "ts"; } { outPath = "/op"; } { outPath = /op2; } ]
