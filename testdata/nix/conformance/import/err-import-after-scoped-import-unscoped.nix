let a = scopedImport { magic = 1; } ./_fix/scoped.nix; in [ a (builtins.tryEval (import ./_fix/scoped.nix)).success ]
