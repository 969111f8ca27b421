[ (builtins.toPath "/a/b/../c") (builtins.typeOf (builtins.toPath "/a")) ]
