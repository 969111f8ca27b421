# A small cluster description, evaluated by `nix-k8s-lsp eval --json`.
# The module system and renderer will consume files like this one; for now
# the evaluator turns it into plain JSON.
let
  labelPrefix = "enterprise.com";
  mkApp = name: { image, port, replicas ? 2, consumes ? [ ] }: {
    inherit name image replicas consumes;
    ports.http = port;
    labels = {
      "app.kubernetes.io/name" = name;
      "${labelPrefix}/owner-team" = "payments";
    };
  };
in
{
  k8s.version = "1.31";
  environment = "production";
  compliance = {
    level = "high";
    regulatoryFramework = "pci-dss";
    ownerTeam = "payments";
    inherit labelPrefix;
  };
  namespaces.shop = { };
  apps = builtins.mapAttrs (name: f: f name) {
    api = n: mkApp n { image = "ghcr.io/acme/api:1.4.2"; port = 8080; replicas = 3; consumes = [ "db" ]; };
    db = n: mkApp n { image = "postgres:16"; port = 5432; replicas = 1; };
  };
}
