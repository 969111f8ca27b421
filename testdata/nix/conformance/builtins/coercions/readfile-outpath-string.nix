builtins.readFile { outPath = toString ./readfile-outpath-string.nix; }
