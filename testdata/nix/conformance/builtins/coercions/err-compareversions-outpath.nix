builtins.compareVersions { outPath = "1.0"; } "2.0"
