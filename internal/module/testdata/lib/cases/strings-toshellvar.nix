lib:
[ (lib.toShellVar "foo" "some string") (lib.toShellVar "arr" [ "a b" "c" ]) (lib.toShellVar "assoc" { x = "1"; "y z" = "2"; }) (lib.toShellVars { a = "1"; b = [ "2" ]; }) ]
