import ./_fix/lib.nix == import ./_fix/lib.nix
