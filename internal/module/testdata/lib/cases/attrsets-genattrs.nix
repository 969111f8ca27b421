lib:
lib.genAttrs [ "x" "y" "z" ] (n: "value-${n}")
