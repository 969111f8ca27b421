builtins.tryEval (import ./does-not-exist.nix)
