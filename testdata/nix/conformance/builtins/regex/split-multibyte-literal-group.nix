builtins.split "(✓)" "a✓b✓"
