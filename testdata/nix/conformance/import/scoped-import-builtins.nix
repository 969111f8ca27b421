scopedImport { } ./_fix/uses-builtins.nix
