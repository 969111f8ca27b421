builtins.readFile ./_fix/missing.txt
