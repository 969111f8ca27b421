[ (import ./_fix/curried.nix) ] == [ (import ./_fix/curried.nix) ]
