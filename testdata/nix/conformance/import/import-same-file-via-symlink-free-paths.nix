(import ./_fix/edge/binary.nix) 2 3 == (import (./_fix/edge + "/binary.nix")) 2 3
