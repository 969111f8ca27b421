{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.attrs; }; }
    { config.x = { a = 1; }; }
  ];
}).config
