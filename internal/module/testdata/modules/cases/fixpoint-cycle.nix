{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; options.b = lib.mkOption { type = lib.types.int; }; }
    ({ config, ... }: { a = config.b; b = config.a; })
  ];
}).config
