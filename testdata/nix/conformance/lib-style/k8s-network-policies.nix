let
  lib = import ./_lib;
  apps = {
    api = { ports = { http = 8080; }; consumes = [ "db" ]; allowFrom = [ "frontend" ]; };
    db = { ports = { pg = 5432; }; consumes = [ ]; allowFrom = [ ]; };
    frontend = { ports = { http = 3000; }; consumes = [ "api" ]; allowFrom = [ ]; };
  };
  consumersOf = name: builtins.filter (n: builtins.elem name apps.${n}.consumes) (builtins.attrNames apps);
  policy = name: app: {
    apiVersion = "networking.k8s.io/v1";
    kind = "NetworkPolicy";
    metadata.name = "${name}-ingress";
    spec = {
      podSelector.matchLabels."app.kubernetes.io/name" = name;
      ingress = map (from: {
        from = [ { podSelector.matchLabels."app.kubernetes.io/name" = from; } ];
        ports = lib.mapAttrsToList (pn: p: { port = p; protocol = "TCP"; }) app.ports;
      }) (lib.unique (app.allowFrom ++ consumersOf name));
    };
  };
in lib.mapAttrsToList policy apps
