{ lib, ... }:
{
  apps.api.expose = {
    host = "api.example.com";
    port = "http";
  };
}
