{ lib }:
(lib.evalModules {
  modules = [
    { options = { port = lib.mkOption { default = 1; }; part = lib.mkOption { default = 1; }; pert = lib.mkOption { default = 1; }; zzzzzz = lib.mkOption { default = 1; }; }; }
    { pirt = 2; }
  ];
}).config
