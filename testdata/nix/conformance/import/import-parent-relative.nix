import ../import/_fix/value.nix
