builtins.path { path = ./_fix/text.txt; name = "renamed"; }
