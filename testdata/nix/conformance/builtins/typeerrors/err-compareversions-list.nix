builtins.compareVersions [ ] "1"
