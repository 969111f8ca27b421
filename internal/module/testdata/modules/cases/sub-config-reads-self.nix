{ lib }:
(lib.evalModules {
  modules = [
    { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule ({ config, name, ... }: { options.port = lib.mkOption { type = lib.types.port; }; options.url = lib.mkOption { type = lib.types.str; }; config.url = "http://${name}:${toString config.port}"; })); }; }
    { apps.api.port = 8080; }
  ];
}).config
