import "relative/value.nix"
