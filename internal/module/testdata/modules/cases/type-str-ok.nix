{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.str; }; }
    { config.x = "hello"; }
  ];
}).config
