let lib = import ./lib.nix; in lib.twice lib.inc 40
