lib:
lib.mapAttrs' (name: value: lib.nameValuePair "${name}_x" (value * 2)) { a = 1; b = 2; }
