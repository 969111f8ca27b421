{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.attrs; }; }
    { config.x = [ ]; }
  ];
}).config
