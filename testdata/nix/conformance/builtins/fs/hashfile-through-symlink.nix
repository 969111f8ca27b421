builtins.hashFile "sha1" ./_fix/tree/link-to-a
