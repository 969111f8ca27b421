{ lib }:
(lib.evalModules {
  modules = [
    { options.v = lib.mkOption { type = lib.types.str; readOnly = true; }; }
    { v = "1.30"; }
  ];
}).config
