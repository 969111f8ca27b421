{ lib }:
(lib.evalModules {
  modules = [
    { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.ports = lib.mkOption { type = lib.types.listOf lib.types.port; default = [ ]; }; }); }; }
    { options.allPorts = lib.mkOption { type = lib.types.listOf lib.types.port; }; }
    ({ config, ... }: { apps.db.ports = [ 5432 ]; apps.web.ports = [ 80 443 ]; allPorts = config.apps.db.ports ++ config.apps.web.ports; })
  ];
}).config
