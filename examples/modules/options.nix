# A few of the options nix-k8s will declare, as a module: types make
# missing or wrong compliance fields fail at the definition's file and line.
{ lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options = {
    k8s.version = mkOption {
      type = types.strMatching "1\\.[0-9]+(\\.[0-9]+)?";
      description = "Target Kubernetes minor version.";
    };
    compliance = {
      level = mkOption { type = types.enum [ "low" "medium" "high" ]; };
      regulatoryFramework = mkOption { type = types.enum [ "none" "pci-dss" "hipaa" "sox" "gdpr" ]; };
      ownerTeam = mkOption { type = types.strMatching "[a-z0-9]([-a-z0-9]*[a-z0-9])?"; };
      labelPrefix = mkOption { type = types.str; default = "enterprise.com"; };
    };
    apps = mkOption {
      default = { };
      type = types.attrsOf (types.submodule ({ name, ... }: {
        options = {
          name = mkOption { type = types.str; default = name; };
          image = mkOption { type = types.str; };
          replicas = mkOption { type = types.ints.positive; default = 1; };
          ports = mkOption { type = types.attrsOf types.port; default = { }; };
          consumes = mkOption { type = types.listOf types.str; default = [ ]; };
        };
      }));
    };
  };
}
