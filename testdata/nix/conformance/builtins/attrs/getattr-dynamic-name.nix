let n = "b" + "c"; in builtins.getAttr n { bc = "found"; }
