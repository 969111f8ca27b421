{ lib }:
(lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.attrTag { port = lib.types.port; }; }; }
    { s.port = 1; }
  ];
}).config
