let x = import ./_fix/throws.nix; in "not forced"
