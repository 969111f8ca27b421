builtins.match "\\[([^]]*)\\]" "[inner]"
