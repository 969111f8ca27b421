{ lib }:
(lib.evalModules {
  modules = [
    { options.replicas = lib.mkOption { type = lib.types.int; }; options.image = lib.mkOption { type = lib.types.str; }; }
    { replicas = 1; image = "x"; replica = 3; }
  ];
}).config
