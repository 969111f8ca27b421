{ a = import ./_fix/lib.nix; } == { a = import ./_fix/lib.nix; }
