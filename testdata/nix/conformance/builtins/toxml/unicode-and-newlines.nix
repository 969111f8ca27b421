builtins.toXML "line1\nline2 ü\ttab"
