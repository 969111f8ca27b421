{ lib, ... }:
{
  environment = "production";
  apps = {
    api = {
      image = "ghcr.io/acme/api:1.4.2";
      ports.http = 8080;
      args = [ "--verbose" ];
      labels.team = "payments";
    };
    web = {
      image = "ghcr.io/acme/web:2.0.0";
      replicas = lib.mkForce 2;
      host = "shop.example.com";
    };
  };
}
