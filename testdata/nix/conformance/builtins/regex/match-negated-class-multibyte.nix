builtins.match "[^a]+" "ü✓"
