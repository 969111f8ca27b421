{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; }; }
    { config.x = { a = true; }; }
  ];
}).config
