{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; default = 7; }; }
    { a = lib.mkDefault 8; }
  ];
}).config
