{ lib }:
(lib.evalModules {
  modules = [
    { options.name = lib.mkOption { type = lib.types.str; }; }
    { name = "a"; }
    { name = "a"; }
  ];
}).config
