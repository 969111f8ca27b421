# A cluster module.
{ lib, config, ... }:
let
  inherit (lib) mkIf mkOption types;
  /* The default port. */
  port = 8080;
in {
  imports = [ ./apps/api.nix ];
  k8s.version = "1.31";
  apps.api = {
    image = "ghcr.io/acme/api:${config.version}";
    replicas = if config.environment == "production" then 3 else 1;
    ports.http = port;
    env.LOG_LEVEL = "info";
  };
  objects = map (o: o // { metadata.labels.team = "x"; }) config.extra;
}
