{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; default = 0; }; }
    (lib.mkIf true { a = 5; })
  ];
}).config
