import ./_fix/does-not-exist.nix
