builtins.attrNames { }
