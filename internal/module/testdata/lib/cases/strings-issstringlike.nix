lib:
map lib.isStringLike [ "x" ./. { outPath = "/x"; } { __toString = self: "s"; } 1 null [ ] { } ]
