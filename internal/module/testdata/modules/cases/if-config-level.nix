{ lib }:
(lib.evalModules {
  modules = [
    { options.enable = lib.mkOption { type = lib.types.bool; default = false; }; options.a = lib.mkOption { type = lib.types.int; default = 0; }; options.b = lib.mkOption { type = lib.types.int; default = 0; }; }
    ({ config, ... }: { config = lib.mkIf config.enable { a = 1; b = 2; }; })
    { enable = true; }
  ];
}).config
