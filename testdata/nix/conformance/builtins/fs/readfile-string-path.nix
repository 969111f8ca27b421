builtins.readFile (toString ./_fix/text.txt)
