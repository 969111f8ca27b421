builtins.attrNames ({ a = throw "1"; } // { b = throw "2"; })
