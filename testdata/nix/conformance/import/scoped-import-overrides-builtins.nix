scopedImport { builtins = { length = x: 42; }; } ./_fix/edge/uses-builtins.nix
