{ lib }:
(lib.evalModules {
  modules = [
    { options.u = lib.mkOption { type = lib.types.unspecified; }; }
    { u = { a = 1; }; }
    { u = { b = 2; }; }
  ];
}).config
