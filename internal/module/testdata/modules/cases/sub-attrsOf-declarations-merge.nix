{ lib }:
(lib.evalModules {
  modules = [
    { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.image = lib.mkOption { type = lib.types.str; }; }); }; }
    { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: { options.host = lib.mkOption { type = lib.types.str; default = "${name}.example.com"; }; })); }; }
    { apps.api.image = "api:1"; }
  ];
}).config
