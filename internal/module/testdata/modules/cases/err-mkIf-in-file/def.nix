{ lib, config, ... }:
{
  config = lib.mkIf config.enable {
    replicas = "2";
  };
}
