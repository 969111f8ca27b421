builtins.stringLength "héllo ✓"
