let lib = import ./_fix/lib.nix; in lib.id == (import ./_fix/lib.nix).id
