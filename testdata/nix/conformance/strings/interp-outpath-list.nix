"${toString [ { outPath = "/a"; } { __toString = s: "b"; } ]}"
