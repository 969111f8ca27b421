{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.attrsOf lib.types.int; }; }
    { config = lib.mkMerge [ { x.a = 1; } (lib.mkIf false { x.b = 2; }) (lib.mkIf true { x.c = 3; }) ]; }
  ];
}).config
