lib:
[ (lib.fromJSON "{\"a\":[1,2]}") (lib.toJSON { b = 1; }) (lib.toString 5) (lib.fromTOML "a = 1") (lib.parseDrvName "hello-1.0") (lib.baseNameOf "/a/b.c") (lib.dirOf "/a/b") ]
