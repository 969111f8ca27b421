builtins.readFile ./_fix/unicode.txt
