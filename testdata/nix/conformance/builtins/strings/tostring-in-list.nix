toString [ { __toString = s: "A"; } "B" ]
