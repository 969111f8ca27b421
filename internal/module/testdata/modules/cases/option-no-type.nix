{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = { x = 1; }; }; }
  ];
}).config
