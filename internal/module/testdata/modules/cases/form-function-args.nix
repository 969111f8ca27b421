{ lib }:
(lib.evalModules {
  modules = [
    ({ config, options, lib, ... }: { options.a = lib.mkOption { type = lib.types.int; default = 1; }; config.b = config.a + 1; })
    { options.b = lib.mkOption { type = lib.types.int; }; }
  ];
}).config
