builtins.substring 0 11 (builtins.path { path = ./_fix/text.txt; name = "t"; })
