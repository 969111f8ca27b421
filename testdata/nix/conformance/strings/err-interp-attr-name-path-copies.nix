builtins.attrNames { ${./err-interp-attr-name-path-copies.nix} = 1; }
