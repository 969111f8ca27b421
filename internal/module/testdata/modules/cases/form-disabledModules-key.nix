{ lib }:
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { key = "off"; l = [ 1 ]; }
    { key = "on"; l = [ 2 ]; }
    { disabledModules = [ { key = "off"; } ]; }
  ];
}).config
