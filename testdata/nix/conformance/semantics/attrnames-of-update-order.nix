builtins.attrNames ({ b = 1; a = 1; } // { c = 1; aa = 1; })
