lib:
[ (lib.strings.splitStringBy (prev: curr: builtins.elem curr [ "." "-" ]) false "foo.bar-baz") (lib.strings.splitStringBy (prev: curr: prev != "" && lib.toUpper curr == curr && lib.toLower curr != curr) true "fooBarBaz") (lib.strings.splitStringBy (p: c: true) false "") ]
