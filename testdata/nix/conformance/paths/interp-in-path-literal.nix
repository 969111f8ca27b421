let name = "x"; in builtins.readFile ./_fix/${name}
