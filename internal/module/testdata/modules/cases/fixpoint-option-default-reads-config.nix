{ lib }:
(lib.evalModules {
  modules = [
    ({ config, ... }: { options.a = lib.mkOption { type = lib.types.int; default = config.b + 1; }; options.b = lib.mkOption { type = lib.types.int; default = 1; }; })
  ];
}).config
