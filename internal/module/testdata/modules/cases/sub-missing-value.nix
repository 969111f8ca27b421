{ lib }:
(lib.evalModules {
  modules = [
    { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.image = lib.mkOption { type = lib.types.str; }; }); }; }
    { apps.api = { }; }
  ];
}).config
