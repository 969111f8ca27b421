scopedImport { } ./_fix/edge/curpos.nix
