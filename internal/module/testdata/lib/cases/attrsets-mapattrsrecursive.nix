lib:
lib.mapAttrsRecursive (path: value: "${builtins.concatStringsSep "." path}:${toString value}") { a = { b = 1; c = { d = 2; }; }; e = 3; }
