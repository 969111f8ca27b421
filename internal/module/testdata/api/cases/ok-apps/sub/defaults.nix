{ lib, config, ... }:
{
  apps.api.replicas = lib.mkDefault config.replicasDefault;
  apps.api.args = [ "--from-defaults" ];
}
