{ lib }:
(lib.evalModules {
  modules = [
    { options.v = lib.mkOption { type = lib.types.str; readOnly = true; default = "1.31"; }; }
    { v = "1.30"; }
  ];
}).config
