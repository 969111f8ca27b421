builtins.readFile ./_fix/empty.txt
