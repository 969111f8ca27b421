toString { outPath = "/o"; __toString = s: "ts"; }
