builtins.stringLength (builtins.concatStringsSep "," (builtins.genList toString 50000))
