import ../value.nix
