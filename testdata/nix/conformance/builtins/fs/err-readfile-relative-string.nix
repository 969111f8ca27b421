builtins.readFile "_fix/text.txt"
