map (f: import f) [ ./_fix/value.nix ./_fix/dir ]
