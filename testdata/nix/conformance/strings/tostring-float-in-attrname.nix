builtins.attrNames { ${toString 1.5} = 1; }
