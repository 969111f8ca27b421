let a = import ./_fix/lib.nix; b = import ./_fix/nested/../lib.nix; in a == b
