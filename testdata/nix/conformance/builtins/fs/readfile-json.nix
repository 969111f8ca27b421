builtins.fromJSON (builtins.readFile ./_fix/data.json)
