with import ./_fix/lib.nix; inc (inc 1)
