{ lib }:
let
  r = lib.evalModules {
    modules = [
      { options.m = lib.mkOption { type = lib.types.attrsWith { elemType = lib.types.submodule { options.x = lib.mkOption { default = 1; }; }; placeholder = "app"; }; }; }
      { options.m = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.y = lib.mkOption { default = 2; }; }); }; }
      { m.a = { }; }
    ];
  };
in
{
  inherit (r) config;
  locs = [ (r.options.m.type.getSubOptions [ "m" ]).x.loc (r.options.m.type.getSubOptions [ "m" ]).y.loc ];
}
