let a = import ./_fix/value.nix; b = import ./_fix/value.nix; in a == b
