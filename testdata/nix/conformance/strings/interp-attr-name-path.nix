builtins.attrNames { "${toString ./.}" = 1; }
