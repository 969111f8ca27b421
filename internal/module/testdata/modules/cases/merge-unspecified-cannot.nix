{ lib }:
(lib.evalModules {
  modules = [
    { options.u = lib.mkOption { }; }
    { u = 1; }
    { u = "x"; }
  ];
}).config
