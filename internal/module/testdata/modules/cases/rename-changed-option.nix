{ lib }:
(lib.evalModules {
  modules = [
    (lib.mkChangedOptionModule [ "replicaCount" ] [ "replicas" ] (config: config.replicaCount * 2))
    { options.replicas = lib.mkOption { type = lib.types.int; default = 1; }; }
    { options.warnings = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
    { _file = "user.nix"; replicaCount = 3; }
  ];
}).config
