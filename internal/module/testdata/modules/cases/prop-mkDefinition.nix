{ lib }:
let
  r = lib.evalModules {
    modules = [
      { options.l = lib.mkOption { type = lib.types.listOf lib.types.str; }; options.s = lib.mkOption { type = lib.types.str; }; }
      { l = lib.mkMerge [ [ "plain" ] (lib.mkDefinition { file = "generated.nix"; value = [ "generated" ]; }) ]; }
      { s = lib.mkDefinition { file = "forced.nix"; value = lib.mkForce "forced"; }; }
      { s = "plain"; }
    ];
  };
in
{
  inherit (r) config;
  lfiles = r.options.l.files;
  sfiles = r.options.s.files;
}
