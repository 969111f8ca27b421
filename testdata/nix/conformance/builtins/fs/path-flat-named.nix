builtins.path { path = ./_fix/text.txt; name = "text"; recursive = false; }
