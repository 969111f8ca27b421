{ lib }:
(lib.evalModules {
  modules = [
    { options.c = lib.mkOption { type = lib.types.separatedString " | "; }; }
    { c = "a"; }
    { c = "b"; }
  ];
}).config
