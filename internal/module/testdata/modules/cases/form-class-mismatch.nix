{ lib }:
(lib.evalModules {
  class = "nixk8s";
  modules = [
    { _class = "nixos"; options.a = lib.mkOption { default = 1; }; }
  ];
}).config
