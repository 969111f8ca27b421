{ lib }:
(lib.evalModules {
  modules = [
    { options.n = lib.mkOption { type = lib.types.int; }; }
    { n = 1; }
    { n = 2; }
  ];
}).config
