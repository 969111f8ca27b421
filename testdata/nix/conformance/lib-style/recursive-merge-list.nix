let lib = import ./_lib; in
builtins.foldl' lib.recursiveUpdate { } [
  { services.web.enable = true; }
  { services.web.port = 8080; services.db.enable = false; }
  { services.web.port = 9090; networking.hostName = "box"; }
]
