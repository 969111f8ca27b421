scopedImport { magic = 1; } ./_fix/edge/scoped-outer.nix
