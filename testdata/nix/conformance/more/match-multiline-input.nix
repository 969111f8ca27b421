builtins.match "([^\n]*)\n(.*)" "first\nsecond\nthird"
