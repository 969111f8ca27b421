{ lib }:
(lib.evalModules {
  modules = [
    { _file = "virtual.nix"; options.a = lib.mkOption { type = lib.types.int; }; }
    { _file = "other.nix"; a = "x"; }
  ];
}).config
