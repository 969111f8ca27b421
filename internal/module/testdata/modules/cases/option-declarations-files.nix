{ lib }:
let
  r = lib.evalModules {
    modules = [
      { _file = "decl.nix"; options.a = lib.mkOption { type = lib.types.int; default = 0; description = "A."; }; }
      { _file = "other-decl.nix"; options.a = lib.mkOption { example = 3; }; }
      { _file = "one.nix"; a = lib.mkIf true 1; }
      { _file = "two.nix"; a = lib.mkDefault 2; }
    ];
  };
in
{
  inherit (r.options.a) declarations files definitions highestPrio isDefined description example loc;
  type = r.options.a.type.description;
  withLocs = map (d: d.file) r.options.a.definitionsWithLocations;
}
