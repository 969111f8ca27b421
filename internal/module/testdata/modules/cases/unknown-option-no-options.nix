{ lib }:
(lib.evalModules {
  modules = [
    { foo = 1; }
  ];
}).config
