# Mixed operators, coercions and builtins in one expression; compared like every other case.
(toString (builtins.stringLength (builtins.concatStringsSep "1.2.3" (map toString [ 30 "k8s-app" ]))))
