import ./inner.nix
