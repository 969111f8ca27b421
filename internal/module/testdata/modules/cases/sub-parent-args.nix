{ lib }:
(lib.evalModules {
  modules = [
    { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.ns = lib.mkOption { type = lib.types.str; }; }); }; options.defaultNs = lib.mkOption { type = lib.types.str; default = "shop"; }; }
    ({ config, ... }: { apps.a.ns = config.defaultNs; apps.b.ns = "other"; })
  ];
}).config
