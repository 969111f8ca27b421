let parts = builtins.match "([^-]+)-(.*)" builtins.currentSystem; in builtins.length parts
