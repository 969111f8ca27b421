{ lib }:
let
  r = lib.evalModules {
    modules = [
      { options.apps = lib.mkOption { type = lib.types.attrsWith { elemType = lib.types.submodule { options.x = lib.mkOption { type = lib.types.int; }; }; placeholder = "app"; }; }; }
      { apps.a.x = 1; }
    ];
  };
in
{
  inherit (r) config;
  sub = (r.options.apps.type.getSubOptions [ "apps" ]).x.loc;
}
