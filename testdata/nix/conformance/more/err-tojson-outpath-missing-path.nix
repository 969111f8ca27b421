builtins.toJSON [ { __toString = s: "ts"; } { outPath = "/op"; } { outPath = ./_fix/does-not-exist; } ]
