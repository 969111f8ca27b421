builtins.hashFile "sha256" ./_fix/../deepseq-cycle.nix
