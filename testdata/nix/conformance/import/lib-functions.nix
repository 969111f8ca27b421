let lib = import ./_fix/lib.nix; in [ (lib.id 1) (lib.const 2 3) ((lib.compose lib.inc lib.inc) 0) ]
