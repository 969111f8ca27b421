builtins.parseDrvName { outPath = "foo-1.0"; }
