scopedImport { magic = 41; } ./_fix/scoped.nix
