{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.ints.s8; }; }
    { config.x = (-128); }
  ];
}).config
