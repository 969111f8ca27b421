[ (builtins.typeOf (dirOf ./_fix/x)) (builtins.typeOf (dirOf "/a/b")) ]
