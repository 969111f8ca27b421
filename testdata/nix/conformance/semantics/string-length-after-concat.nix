builtins.stringLength ("ä" + "ö")
