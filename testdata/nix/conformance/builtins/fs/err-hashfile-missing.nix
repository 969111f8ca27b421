builtins.hashFile "sha256" ./_fix/missing.txt
