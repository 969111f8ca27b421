{ lib }:
(lib.evalModules {
  modules = [
    { options.r = lib.mkOption { type = lib.types.raw; }; }
    { r = { deep.x = [ 1 ]; }; }
  ];
}).config
