lib:
[ (lib.getName "hello-2.10") (lib.getVersion "hello-2.10") (lib.getName { pname = "p"; name = "p-1"; }) (lib.getVersion { name = "p-1.2"; }) ]
