{ lib }:
(lib.evalModules {
  class = "nixk8s";
  modules = [
    { _class = "nixk8s"; options.a = lib.mkOption { default = 1; }; }
    { options.b = lib.mkOption { default = 2; }; }
  ];
}).config
