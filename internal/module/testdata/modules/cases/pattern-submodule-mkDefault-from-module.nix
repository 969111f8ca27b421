{ lib }:
(lib.evalModules {
  modules = [
    { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule ({ config, ... }: { options.replicas = lib.mkOption { type = lib.types.int; }; options.hpa = lib.mkOption { type = lib.types.bool; default = false; }; config.replicas = lib.mkDefault (if config.hpa then 2 else 1); })); }; }
    { apps.a = { }; apps.b.hpa = true; apps.c = { hpa = true; replicas = 5; }; }
  ];
}).config
