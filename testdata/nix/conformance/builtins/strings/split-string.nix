builtins.concatStringsSep "|" (builtins.filter builtins.isString (builtins.split "," "a,b,,c"))
