builtins.hashString "sha256" (builtins.readFile ./_fix/text.txt)
