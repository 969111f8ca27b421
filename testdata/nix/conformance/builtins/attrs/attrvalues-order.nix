builtins.attrValues { b = "b"; a = "a"; c = "c"; }
