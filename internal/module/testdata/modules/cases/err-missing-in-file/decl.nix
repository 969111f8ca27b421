{ lib, ... }:
{
  options.compliance.ownerTeam = lib.mkOption {
    type = lib.types.strMatching "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    description = "Team owning the workload.";
  };
}
