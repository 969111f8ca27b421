{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; default = 0; }; }
    { config = lib.mkIf false { nope = 1; }; }
  ];
}).config
