{ lib }:
(lib.evalModules {
  modules = [
    { options.labels = lib.mkOption { type = lib.types.submodule { freeformType = lib.types.attrsOf lib.types.str; options.app = lib.mkOption { type = lib.types.str; default = "x"; }; }; }; }
    { labels = { team = "payments"; tier = "web"; }; }
  ];
}).config
