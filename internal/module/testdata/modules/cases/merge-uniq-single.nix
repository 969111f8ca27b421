{ lib }:
(lib.evalModules {
  modules = [
    { options.u = lib.mkOption { type = lib.types.uniq (lib.types.listOf lib.types.int); }; }
    { u = [ 1 (lib.mkIf false 2) 3 ]; }
  ];
}).config
