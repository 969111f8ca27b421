{ lib }:
(lib.evalModules {
  modules = [
    { options.b = lib.mkOption { type = lib.types.boolByOr; }; }
    { b = false; }
    { b = true; }
  ];
}).config
