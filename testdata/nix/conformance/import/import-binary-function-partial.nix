let add = import ./_fix/edge/binary.nix; inc = add 1; in map inc [ 1 2 ]
