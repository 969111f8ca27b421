{ lib }:
(lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.attrTag { port = lib.mkOption { type = lib.types.port; }; }; }; }
    { s.port = "http"; }
  ];
}).config
