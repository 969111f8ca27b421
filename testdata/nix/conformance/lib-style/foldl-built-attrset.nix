let lib = import ./_lib; in
builtins.foldl' (acc: svc: acc // { ${svc.name} = (acc.${svc.name} or [ ]) ++ [ svc.port ]; }) { } [
  { name = "web"; port = 80; } { name = "web"; port = 443; } { name = "db"; port = 5432; }
]
