# diverges: rename helpers add `warnings' only when some module declares that option; nixpkgs requires it
{ lib }:
(lib.evalModules {
  modules = [
    (lib.mkChangedOptionModule [ "replicaCount" ] [ "replicas" ] (config: config.replicaCount * 1))
    { options.replicas = lib.mkOption { type = lib.types.int; default = 1; }; }
  ];
}).config.replicas
