builtins.readFile ./_fix/nonl.txt
