builtins.readDir ./_fix/text.txt
