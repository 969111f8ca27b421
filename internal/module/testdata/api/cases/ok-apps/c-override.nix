{ lib, ... }:
{
  apps.web.replicas = 7;
  apps.web.ports = lib.mkIf true { https = 8443; };
}
