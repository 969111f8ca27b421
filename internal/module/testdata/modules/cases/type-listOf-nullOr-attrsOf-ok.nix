{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.listOf (lib.types.nullOr (lib.types.attrsOf lib.types.port)); }; }
    { config.x = [ null { http = 80; } ]; }
  ];
}).config
