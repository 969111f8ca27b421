let
  lib = import ./_lib;
  apps = { api = { replicas = 3; port = 8080; }; worker = { replicas = 1; }; };
  mkDeployment = name: app: {
    apiVersion = "apps/v1";
    kind = "Deployment";
    metadata = { inherit name; labels = { "app.kubernetes.io/name" = name; }; };
    spec = {
      replicas = app.replicas;
      template.spec.containers = [ ({ inherit name; image = "registry/${name}:1.0"; } // lib.optionalAttrs (app ? port) { ports = [ { containerPort = app.port; } ]; }) ];
    };
  };
in lib.mapAttrsToList mkDeployment apps
