builtins.toXML /some/path
