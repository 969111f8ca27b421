{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.anything; }; }
    { a.x = 1; }
    { a.x = "1"; }
  ];
}).config
