builtins.readFile "${toString ./_fix}/x"
