{ lib }:
(lib.evalModules {
  modules = [
    { options.c = lib.mkOption { type = lib.types.commas; }; }
    { c = "a"; }
    { c = "b"; }
  ];
}).config
