{ lib, ... }:
{
  k8s.version = "1.31";
  compliance = {
    level = "high";
    regulatoryFramework = "pci-dss";
    ownerTeam = "payments";
  };
  apps.api = {
    image = "ghcr.io/acme/api:1.4.2";
    replicas = lib.mkDefault 3;
    ports.http = 8080;
    consumes = [ "db" ];
  };
  apps.db = {
    image = "postgres:16";
    ports.postgres = 5432;
  };
}
