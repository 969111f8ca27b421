{ lib }:
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
    { l = [ "a" (lib.mkIf false "b") (lib.mkIf true "c") ]; }
  ];
}).config
