[ (builtins.typeOf ("/a" + ./.)) (builtins.typeOf (./. + "/a")) ]
