builtins.filter (l: builtins.isString l && l != "") (builtins.split "\n" (builtins.readFile ./_fix/text.txt))
