lib:
lib.concatMapAttrs (name: value: { ${name} = value; "${name}-double" = value * 2; }) { a = 1; b = 2; }
