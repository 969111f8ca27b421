import ./_fix/nested/inner.nix
