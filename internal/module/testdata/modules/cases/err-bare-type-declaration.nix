{ lib }:
(lib.evalModules {
  modules = [
    { options.replicas = lib.types.int; }
    { replicas = 1; }
  ];
}).config
