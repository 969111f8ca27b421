import ./_fix/nested/readfile.nix
