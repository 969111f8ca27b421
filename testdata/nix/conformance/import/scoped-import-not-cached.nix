[ (scopedImport { magic = 1; } ./_fix/scoped.nix) (scopedImport { magic = 2; } ./_fix/scoped.nix) ]
