builtins.readFile ./_fix/tree/link-to-a
