{ lib }:
(lib.evalModules {
  modules = [
    { options.output.helm = { name = lib.mkOption { type = lib.types.str; }; version = lib.mkOption { type = lib.types.str; }; }; }
    { output.helm = { name = "shop"; verison = "0.1.0"; }; }
  ];
}).config
