import ./_fix/nested/path-literal.nix
