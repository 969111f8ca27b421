{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; readOnly = true; }; }
    { a = 1; }
    { a = 2; }
  ];
}).config
